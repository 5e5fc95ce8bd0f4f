# json: dumps options, loads, dump/load with files, JSONDecodeError messages
import json
import io

data = {'name': 'Ann', 'age': 31, 'tags': ['a', 'b'], 'ok': True, 'none': None,
        'pi': 3.14159, 'big': 10 ** 20, 'neg': -0.0, 'exp': 1e-7, 'nested': {'x': [1, {'y': []}], 'z': {}}}
print(json.dumps(data))
print(json.dumps(data, indent=2, sort_keys=True))
print(json.dumps([1, [2, [3, {}]], []], indent=0))
print(json.dumps({'a': [1, 2]}, indent='\t'))
print(json.dumps({'a': 1, 'b': [1, 2]}, separators=(',', ':')), json.dumps([1, 2], separators=(';', '=')))
print(json.dumps('héllo wörld ☃ 𝄞 "q" \\ \n\t\x01\x7f'))
print(json.dumps('héllo ☃ 𝄞 \x7f', ensure_ascii=False))
print(json.dumps({3: 'int', 2.5: 'float', True: 't', None: 'n'}), json.dumps((1, 2)), json.dumps('s'), json.dumps(None))
print(json.dumps([float('nan'), float('inf'), -float('inf')]))
try:
    json.dumps([float('nan')], allow_nan=False)
except ValueError as e:
    print('ValueError', e)
try:
    json.dumps({(1, 2): 3})
except TypeError as e:
    print('TypeError', e)
print(json.dumps({(1, 2): 3, 'k': 4}, skipkeys=True))
try:
    json.dumps({1, 2})
except TypeError as e:
    print('TypeError', e)
print(json.dumps({1, 2}, default=sorted), json.dumps(complex(1, 2), default=lambda c: [c.real, c.imag]))
loop = []
loop.append(loop)
try:
    json.dumps(loop)
except ValueError as e:
    print('ValueError', e)


class Enc(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, set):
            return {'__set__': sorted(o)}
        return super().default(o)


print(json.dumps({'s': {3, 1}}, cls=Enc), Enc(indent=1).encode([1]))

text = '{"a": [1, 2.5, -3e2, true, false, null], "b": {"c": "\\u00e9\\ud834\\udd1e\\n"}, "d": ""}'
obj = json.loads(text)
print(obj, type(obj['a'][1]).__name__, type(obj['a'][2]).__name__)
print(json.loads('  [ 1 , 2 ]  '), json.loads('"x"'), json.loads('123'), json.loads('-0.5'), json.loads('NaN') != 0, json.loads('-Infinity'))
print(json.loads(b'{"bytes": 1}'), json.loads('{"a": 1, "a": 2}'))
print(json.loads('[1.5, 2]', parse_float=str, parse_int=lambda s: int(s) * 10))
print(json.loads('{"b": 1, "a": 2}', object_pairs_hook=list), json.loads('{"v": 1}', object_hook=lambda d: ('hooked', d)))
print(json.loads(json.dumps(data)) == data)
for bad in ['', '   ', '[1,]', '{"a":1,}', '{"a" 1}', '[1 2]', 'nul', '"abc', '"a\\x"', '"\\u12"',
            '{1:2}', '[-]', '01', '1 2', '{', '[', '{"a":}', '"a\x01b"', '[1,\n 2,\n oops]', 'tru']:
    try:
        json.loads(bad)
        print('no error', repr(bad))
    except json.JSONDecodeError as e:
        print(repr(bad), '->', e, '|', e.msg, e.pos, e.lineno, e.colno)
print(issubclass(json.JSONDecodeError, ValueError))
try:
    json.loads(5)
except TypeError as e:
    print('TypeError', e)

buf = io.StringIO()
json.dump({'k': [1, 2]}, buf, indent=1)
print(repr(buf.getvalue()))
buf.seek(0)
print(json.load(buf))
dec = json.JSONDecoder()
print(dec.decode('[1]'), dec.raw_decode('{"a": 1} trailing'))
