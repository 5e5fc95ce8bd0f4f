#!/usr/bin/env python3
"""Expected int(s, base) and float(s) results (pygil.runtime.num.NumberParser), by CPython 3.11.

    python3 gen_parse_cases.py > parse_cases.txt

Lines: 'int' TAB text TAB base TAB result | 'float' TAB text TAB result. Text is escaped (\\\\,
\\t, \\n, \\r, \\uXXXX, \\UXXXXXXXX); an int result is decimal, a float result float.hex() (or
inf/-inf/nan); an exception is '!Type: message'.
"""
import math
import random
import sys

random.seed(99)


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


def fmt(v):
    if isinstance(v, int):
        sys.set_int_max_str_digits(0)  # the limit applies to int(text), not to printing the result
        try:
            return str(v)
        finally:
            sys.set_int_max_str_digits(4300)
    if math.isnan(v):
        return 'nan'
    if math.isinf(v):
        return 'inf' if v > 0 else '-inf'
    return v.hex()


def outcome(f):
    try:
        return fmt(f())
    except Exception as e:
        return '!' + type(e).__name__ + ': ' + str(e)


INT_TEXTS = ['0', '1', '-1', '+1', ' 42 ', '\t42\n', '\x0b7\x0c', '007', '0_0', '1_000', '1__000', '_1', '1_',
             '', ' ', '-', '+', '+-1', '- 1', '1 2', 'abc', 'ABC', 'z', 'Z', '0x1f', '0X1F', '0x_1f', '0x__1f',
             '0x', '0o17', '0O17', '0b101', '0B1_0', '0b2', '0_7', '010', '00', '0o', '0b', '12abc',
             '9223372036854775807', '9223372036854775808', '-9223372036854775808', '-9223372036854775809',
             '99999999999999999999999999999999', 'ff', 'FFFFFFFFFFFFFFFF', '1e5', '1.0', '\u0663\u0661',
             '\uff11\uff12', '\U0001d7d9\U0001d7da', '\u00a012\u2003', '\x8512', ' \x0b1\x1c', '1\x00', 'a\x00',
             '\u00e91', '12\u00e9', 'x' * 300, "it's", '"q"', '\\', '\u20ac', '\U0001f600', '\ud800',
             '1' * 4300, '1' * 4301, '-' + '1' * 4301, '0' * 4301, '1_' * 2200 + '1', '1' * 4301 + 'x',
             'f' * 5000, '1' * 30 + '_' + '2' * 30, 'zz', '36', '10', '0x10', '0o10', '0b10', '0_b1']
BASES = [10, 0, 2, 8, 16, 36, 3, 1, 37, -1]
for s in INT_TEXTS:
    # Long texts test the 4300-digit limit: base 10 (limited), base 16 (not limited) only.
    for b in (BASES if len(s) < 400 else [10] if not s.startswith('f') else [16]):
        print('int\t%s\t%d\t%s' % (esc(s), b, esc(outcome(lambda: int(s, b)))))
for _ in range(80):
    b = random.choice([2, 3, 7, 8, 10, 16, 36])
    n = random.getrandbits(random.randint(1, 300)) * random.choice([1, -1])
    digits = '0123456789abcdefghijklmnopqrstuvwxyz'
    m, out = abs(n), ''
    while True:
        m, r = divmod(m, b)
        out = digits[r] + out
        if m == 0:
            break
    if random.random() < 0.3:
        out = out.upper()
    s = ('-' if n < 0 else '') + out
    print('int\t%s\t%d\t%s' % (esc(s), b, esc(outcome(lambda: int(s, b)))))

FLOAT_TEXTS = ['0', '1', '-1', '+1.5', '1.', '.5', '.', '-.5', '1e5', '1E5', '1e+5', '1e-5', '1e', '1e+', 'e5',
               '1.5e308', '1e309', '-1e400', '1e-400', '2e-324', '3e-324', '4.9e-324', '2.4703282292062328e-324',
               '2.4703282292062327e-324', 'inf', '-inf', '+inf', 'Inf', 'INF', 'infinity', 'Infinity', '-iNfInItY',
               'infinit', 'infinityy', 'nan', 'NaN', '-nan', '+nan', 'nan(1)', 'in_f', '1_000.5_5', '1._5', '1_.5',
               '1e_5', '1_e5', '1e1_0', '_1', '1_', '1__0', '_', '0x1p3', '0x10', '1d', '1f', '1.5L', '', ' ', '  ',
               ' 1.5 ', '\t1.5\n', '\u00a01.5\u2003', '\u0661.\u0665', '\uff11\uff0e\uff15', '1 5', '1.5\x00', '\u00e9',
               'x\u00e9', '\u20ac', '0.1', '0.30000000000000004', '123456789012345678901234567890',
               '9007199254740993', '1' * 400, '0.' + '0' * 400 + '1', '00000.000001', '+-1', '--1', '1e-0', '1e00010',
               '1.7976931348623157e308', '1.7976931348623158e308', '1.797693134862315807e308', '\\', "'", '"']
for s in FLOAT_TEXTS:
    print('float\t%s\t%s' % (esc(s), esc(outcome(lambda: float(s)))))
for _ in range(100):
    x = random.uniform(-1, 1) * 10.0 ** random.randint(-320, 308)
    s = random.choice([repr(x), '%.17g' % x, '%.25e' % x, '%.10f' % x, '%.3g' % x])
    print('float\t%s\t%s' % (esc(s), esc(outcome(lambda: float(s)))))
