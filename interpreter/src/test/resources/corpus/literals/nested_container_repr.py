# repr of nested containers with mixed element types
data = {
    'ints': [1, -2, 2 ** 70],
    'floats': (0.5, -0.0, 1e20),
    'strs': ['plain', "with 'quote'", 'tab\t', ''],
    'none': None,
    'bools': [True, False],
    'nested': {'a': [(), (1,), {'b': {}}]},
    'bytes': b'\x01z',
}
print(data)
print(repr(data['strs']))
print(str(data['nested']))
lst = [1]
lst.append(lst)
print(lst)
d = {}
d['self'] = d
print(d)
print([[[]]], ([],), [{}])
print(str(['a']), str(('a',)))
print(list(data))
