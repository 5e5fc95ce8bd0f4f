#!/usr/bin/env python3
"""Expected format(value, spec) (pygil.runtime.text.FormatSpec), computed by CPython 3.11.

    python3 gen_format_cases.py > format_cases.txt

Line: kind TAB value TAB spec TAB result. kind is int (decimal), bool (True/False), float
(float.hex(), inf, -inf, nan) or str; text is escaped (\\\\, \\t, \\n, \\r, \\uXXXX,
\\UXXXXXXXX); an exception is '!Type: message'.
"""
import itertools
import math
import random

random.seed(5)


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


def val(v):
    if isinstance(v, bool):
        return 'bool', str(v)
    if isinstance(v, int):
        return 'int', str(v)
    if isinstance(v, float):
        if math.isnan(v):
            return 'float', 'nan'
        if math.isinf(v):
            return 'float', 'inf' if v > 0 else '-inf'
        return 'float', v.hex()
    return 'str', v


seen = set()


def emit(v, spec):
    kind, text = val(v)
    key = (kind, text, spec)
    if key in seen:
        return
    seen.add(key)
    try:
        r = format(v, spec)
    except Exception as e:
        r = '!' + type(e).__name__ + ': ' + str(e)
    print('\t'.join([kind, esc(text), esc(spec), esc(r)]))


INTS = [0, 1, -1, 7, -42, 255, 1234, -12345, 1234567, 2**31, -2**63, 2**64 + 5, 10**30, -10**25, 65, 0x10FFFF,
        0x110000, True, False]
FLOATS = [0.0, -0.0, 1.0, -1.0, 0.5, 1.5, 2.5, -2.5, 0.125, 0.1, 1 / 3, 2 / 3, 12345.678, -1234.5, 1e16, 1e20,
          1e-5, 1e-7, 123456.0, 1e300, 5e-324, 1.7976931348623157e308, 9.995, 0.0001, 99999.5, 999999.5,
          1234567.0, math.inf, -math.inf, math.nan, 100.0, 1e22, 0.3, 2.675]
STRS = ['', 'a', 'abc', 'hello world', 'x' * 20, '\u00e9t\u00e9', '\u4e2d\u6587', '\U0001f600x', 'tab\there']

ALIGNS = ['', '<', '>', '^', '=', '*<', '*>', '*^', '*=', '0<', '0=', '\u00e9^', '{>']
SIGNS = ['', '+', '-', ' ']
WIDTHS = ['', '0', '1', '8', '012', '15', '020']
GROUPS = ['', ',', '_']
PRECS = ['', '.0', '.1', '.2', '.3', '.6', '.10', '.17', '.25']

INT_TYPES = ['', 'd', 'b', 'o', 'x', 'X', 'n', 'c', 'e', 'E', 'f', 'F', 'g', 'G', '%', 's', 'r', 'z']
FLOAT_TYPES = ['', 'e', 'E', 'f', 'F', 'g', 'G', 'n', '%', 'd', 'x', 's', 'c']
STR_TYPES = ['', 's', 'd', 'r']

for v in INTS:
    for a, s, w, g, t in itertools.product(['', '<', '>', '^', '=', '*^', '0='], SIGNS, ['', '0', '12', '012'],
                                          GROUPS, INT_TYPES):
        if random.random() < 0.004:
            emit(v, a + s + w + g + t)
    for alt in ['#', '#0', '+#', '#012', '#_', '#,']:
        for t in ['b', 'o', 'x', 'X', 'd', '']:
            if random.random() < 0.4:
                emit(v, alt + t)
    for p in ['.2', '.0']:
        emit(v, p)
        emit(v, p + 'f')
        emit(v, p + 'e')
        emit(v, p + '%')
    for t in ['', 'd', 'x']:
        emit(v, 'z' + t)

for v in FLOATS:
    for a, s, w, g, p, t in itertools.product(['', '<', '^', '=', '*>', '0='], SIGNS, ['', '0', '12', '015'],
                                             GROUPS, ['', '.0', '.2', '.6', '.17'], FLOAT_TYPES):
        if t in ('f', 'F', '%') and abs(v) > 1e100 and random.random() < 0.8:
            continue  # keep the file small: these print 300 digits
        if random.random() < (0.003 if a == "" and g == "" else 0.0006):
            emit(v, a + s + w + g + p + t)
    for alt in ['#', '#.0', '#.3', 'z', 'z.1', 'z.0f', '#z.0f', 'z.3g', '+z.2f', '#g', '#.1e', '#10.0f', '#%']:
        for t in ['', 'e', 'f', 'g', 'G', '%', 'n']:
            if t in ('f', '%') and abs(v) > 1e100:
                continue  # 300-digit results; covered by the sampled product above
            if random.random() < 0.12:
                emit(v, alt + t)
    if abs(v) < 1e20:
        for p in ['.30', '.50e', '.40f', '.60g']:
            emit(v, p)

for v in STRS:
    for a, w, p, t in itertools.product(ALIGNS, WIDTHS, ['', '.0', '.1', '.2', '.5'], STR_TYPES):
        if random.random() < 0.025:
            emit(v, a + w + p + t)
    for bad in ['+', ' ', '-', '#', 'z', ',', '_', ',s', '=5', '+s', 'ss', '.', '1.', '99999999999999999999',
                '5,', '<>', '\u00e9', '\x01', 'x<', '.1d']:
        emit(v, bad)

for spec in ['abc', ',,', '_,', ',_', '__', '.', '.x', 'x<10.3f', '99999999999999999999', '.99999999999999999999',
             '0999', '+-', '+ ', '##', 'zz', '-z#0,.3e', '\u00e9', '\x01', '\U0001f600', '\U0001f600<9',
             '\u0663\u0661', '.\u0662f', '10\u00e9', '0=+10_x', '=10,', 'x=10,', '#10.0%', '<>', ',d', '_d', '_n',
             ',n', ',c', '_c', ',b', '_b', ',x', '_X', ',o', '_o', ',%', '_e', '\x00<5']:
    for v in [1234567, -1234567.125, 'abc', True]:
        emit(v, spec)

for _ in range(70):
    v = random.choice([random.uniform(-1e6, 1e6), random.uniform(-1, 1) * 10.0 ** random.randint(-20, 20)])
    spec = random.choice(['', '+', ' ', ',', '_', '0']) + random.choice(['', '10', '015', '20']) + \
        random.choice(['', ',', '_']) + random.choice(['', '.0', '.1', '.3', '.8', '.15']) + \
        random.choice(['', 'e', 'f', 'g', 'E', 'G', '%', 'n'])
    emit(v, spec)
for _ in range(80):
    v = random.getrandbits(random.randint(1, 130)) * random.choice([1, -1])
    spec = random.choice(['', '+', ' ', '<', '>', '^', '=', '*^']) + random.choice(['', '#']) + \
        random.choice(['', '0', '12', '030']) + random.choice(['', ',', '_']) + random.choice(['', 'd', 'x', 'X', 'o', 'b', 'n'])
    emit(v, spec)
