#!/usr/bin/env python3
"""Expected fmt % args (pygil.runtime.text.PercentFormat), computed by CPython 3.11.

    python3 gen_percent_cases.py > percent_cases.txt

Line: fmt TAB args TAB result (escaped: \\\\, \\t, \\n, \\r, \\uXXXX, \\UXXXXXXXX; an exception is
'!Type: message'). args is 't' + items (a tuple), '1' + item (a single non-tuple value) or
'd' + repr + items as key=item (a dict), items separated by U+001F; an item is typed:
i:int, b:bool, f:float.hex(), s:str, n: (None), l:repr (a list, opaque).
"""
import math
import random

random.seed(77)
SEP = '\x1f'


def esc(s):
    out = []
    for ch in s:
        o = ord(ch)
        if ch == '\\':
            out.append('\\\\')
        elif ch == '\t':
            out.append('\\t')
        elif ch == '\n':
            out.append('\\n')
        elif ch == '\r':
            out.append('\\r')
        elif 32 <= o < 127:
            out.append(ch)
        elif o < 0x10000:
            out.append('\\u%04x' % o)
        else:
            out.append('\\U%08x' % o)
    return ''.join(out)


def item(v):
    if v is None:
        return 'n:'
    if isinstance(v, bool):
        return 'b:' + str(v)
    if isinstance(v, int):
        return 'i:' + str(v)
    if isinstance(v, float):
        return 'f:' + ('nan' if math.isnan(v) else 'inf' if v == math.inf else '-inf' if v == -math.inf else v.hex())
    if isinstance(v, str):
        return 's:' + v
    if isinstance(v, list):
        return 'l:' + repr(v)
    raise TypeError(v)


def enc(args):
    if isinstance(args, tuple):
        return 't' + SEP.join(item(v) for v in args)
    if isinstance(args, dict):
        return 'd' + repr(args) + ''.join(SEP + k + '=' + item(v) for k, v in args.items())
    return '1' + item(args)


def emit(fmt, args):
    try:
        r = fmt % args
    except Exception as e:
        r = '!' + type(e).__name__ + ': ' + str(e)
    print('\t'.join([esc(fmt), esc(enc(args)), esc(r)]))


VALUES = [0, 1, -1, 42, -42, 255, 2**64 + 1, -(2**70), True, False, 0.0, -0.0, 1.5, -2.25, 3.7, 1e20, 1e-7, 123456.789,
          math.inf, -math.inf, math.nan, 'abc', '', '\u00e9\u4e2d', "it's", None, [1, 2], 'x', 65]
CONVS = ['s', 'r', 'a', 'd', 'i', 'u', 'x', 'X', 'o', 'e', 'E', 'f', 'F', 'g', 'G', 'c']
FLAGS = ['', '-', '+', ' ', '#', '0', '-0', '+0', ' 0', '#0', '+#', '-#', '+ ']
WIDTHS = ['', '1', '5', '12']
PRECS = ['', '.0', '.1', '.3', '.10']
for v in VALUES:
    for c in CONVS:
        emit('%' + c, (v,))
        for fl in FLAGS:
            for w in WIDTHS:
                for p in PRECS:
                    if random.random() < 0.012:
                        emit('[%' + fl + w + p + c + ']', (v,))

for fmt, args in [
        ('%s %s', (1,)), ('%s', (1, 2)), ('%s', ()), ('%%', ()), ('%%s', ()), ('100%%', ()), ('%5%', ()),
        ('%5%', (1,)), ('%', ()), ('%-', (1,)), ('%5', (1,)), ('%.', (1,)), ('%.3', (1,)), ('%l', (1,)), ('%ld', (1,)),
        ('%hd', (7,)), ('%Ls', ('x',)), ('%y', (1,)), ('%\u00e9', (1,)), ('%\x01', (1,)), ('abc%', ()),
        ('%*d', (5, 42)), ('%-*d|', (5, 42)), ('%*d|', (-5, 42)), ('%.*f', (2, 3.14159)), ('%*.*f', (10, 3, 3.14159)),
        ('%.*f', (-3, 3.14159)), ('%*d', ('a', 1)), ('%.*f', (1.5, 1.0)), ('%*d', (True, 5)), ('%*s', (3,)),
        ('%(a)s', {'a': 1}), ('%(a)s %(b)r', {'a': 'x', 'b': 'y'}), ('%(a)s', 1), ('%(a', {'a': 1}),
        ('%(a)', {'a': 1}), ('%((a))s', {'(a)': 5}), ('%(a)s %s', {'a': 1}), ('%s', {'a': 1}), ('%(a)d', {'a': 'x'}),
        ('%(a)5.2f|', {'a': 2.5}), ('%(a)*d', {'a': 1}), ('x', {'a': 1}), ('x', ()), ('x', 5), ('x', 'abc'),
        ('%s', 'abc'), ('%s %s', 'ab'), ('%c', ('ab',)), ('%c', ('',)), ('%c', (1.5,)), ('%c', (-1,)),
        ('%c', (0x110000,)), ('%c', (0x10FFFF,)), ('%c', (2**70,)), ('%5c|', ('a',)), ('%-5c|', (66,)),
        ('%05c|', ('a',)), ('%.0c|', ('a',)), ('%d', ('1',)), ('%x', (1.5,)), ('%x', ('a',)), ('%f', ('a',)),
        ('%d', (None,)), ('%d', (math.nan,)), ('%d', (math.inf,)), ('%d', (1e20,)), ('%d', (-3.9,)), ('%o', (True,)),
        ('%i', ('a',)), ('%u', ([],)), ('%X', ([],)), ('%.3s', ('abcdef',)), ('%.0r', ('abc',)), ('%-8.3s|', ('abcdef',)),
        ('%a', ('\u00e9\U0001f600',)), ('%r', ('\u00e9\n',)), ('%5s|%-5s|', ('a', 'b')), ('%05s|', ('ab',)),
        ('%+s', ('ab',)), ('% s', ('ab',)), ('%#s', (5,)), ('%#5s', (5,)), ('%#x', (0,)), ('%#o', (0,)), ('%#X', (-255,)),
        ('%#10x|', (255,)), ('%#-10x|', (255,)), ('%#010x|', (255,)), ('%#010X|', (-255,)), ('%+#10o|', (8,)),
        ('%.5d', (42,)), ('%.5d', (-42,)), ('%8.5d|', (-42,)), ('%08.5d|', (-42,)), ('%-08.5d|', (-42,)),
        ('%#.5x', (255,)), ('%#8.5x|', (255,)), ('%+.3e', (12345.678,)), ('%#.0e', (1.0,)), ('%#.0f', (1.0,)),
        ('%#g', (1.0,)), ('%#.3g', (100.0,)), ('%g', (1e-5,)), ('%g', (123456789.0,)), ('%.0g', (123.0,)),
        ('%010.2f|', (-3.14159,)), ('%-010.2f|', (-3.14159,)), ('% 010.2f|', (3.14159,)), ('%+010.2f|', (math.inf,)),
        ('%010f|', (math.nan,)), ('%F', (math.inf,)), ('%E', (math.nan,)), ('%s', (1.0,)), ('%r', (0.1,)),
        ('%s', (2**100,)), ('%d', (2**100,)), ('%x', (-(2**100),)), ('%s', ([1, 2],)), ('%s', [1, 2]),
        ('%r', ([1, 2],)), ('%s', (None,)), ('%s', None), ('%d%%', (50,)), ('%s%s%s', ('a', 'b', 'c')),
        ('\u4e2d%s\u6587', ('\u00e9',)), ('%s', ('\U0001f600',)), ('%3s|', ('\U0001f600',)),
        ('%.1s|', ('\U0001f600x',)), ('%99999999999999999999d', (1,)), ('%.99999999999d', (1,))]:
    emit(fmt, args)
