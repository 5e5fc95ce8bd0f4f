#!/usr/bin/env python3
"""Expected results of float operations (pygil.runtime.num.FloatMath), computed by CPython 3.11.

    python3 gen_float_cases.py > float_cases.txt

Line: op TAB operand... TAB expected. Float operands and results are float.hex() (or inf, -inf,
nan) so that they are exact; an int operand or result is decimal; a pair is 'a,b'; booleans are
True/False; an exception is '!Type: message'.
"""
import math
import random

random.seed(424242)


def esc(s):
    return ''.join('\\u%04x' % ord(c) if not 32 <= ord(c) < 127 else c for c in s.replace('\\', '\\\\'))


def fmt(v):
    if isinstance(v, bool):
        return str(v)
    if isinstance(v, int):
        return str(v)
    if isinstance(v, float):
        if math.isnan(v):
            return 'nan'
        if math.isinf(v):
            return 'inf' if v > 0 else '-inf'
        return v.hex()
    if isinstance(v, tuple):
        return ','.join(fmt(x) for x in v)
    if isinstance(v, str):
        return v
    if isinstance(v, complex):
        return 'complex'  # pygil raises ValueError: complex results not supported
    raise AssertionError(v)


def outcome(f):
    try:
        return fmt(f())
    except Exception as e:
        m = str(e)
        return '!' + type(e).__name__ + (': ' + m if m else '')


def emit(op, *args, f):
    print('\t'.join([op] + [fmt(a) for a in args] + [esc(outcome(f))]))


INF = math.inf
NAN = math.nan
SPECIAL = [0.0, -0.0, 1.0, -1.0, 0.5, -0.5, 1.5, -1.5, 2.0, -2.0, 3.0, -3.0, 7.5, -7.5, 0.1, -0.1,
           1e-300, -1e-300, 5e-324, 1e300, -1e300, 1.7976931348623157e308, 2.0**53, 2.0**63, -2.0**63,
           2.0**64, 123456.789, INF, -INF, NAN]

# Pairs involving CORE values are mostly kept; the rest of the product is sampled (keeps the file small).
CORE = [0.0, -0.0, 1.0, -1.5, 5e-324, INF, NAN]
for a in SPECIAL:
    for b in SPECIAL:
        if random.random() > (0.6 if a in CORE or b in CORE or a != a or b != b else 0.05):
            continue
        emit('floordiv', a, b, f=lambda: a // b)
        emit('mod', a, b, f=lambda: a % b)
        emit('divmod', a, b, f=lambda: divmod(a, b))
        emit('truediv', a, b, f=lambda: a / b)


def rnd():
    k = random.random()
    if k < 0.3:
        return random.uniform(-1000, 1000)
    if k < 0.5:
        return float(random.randint(-50, 50))
    if k < 0.8:
        return random.uniform(-1, 1) * 10.0 ** random.randint(-30, 30)
    return random.choice(SPECIAL)


for _ in range(35):
    a, b = rnd(), rnd()
    emit('floordiv', a, b, f=lambda: a // b)
    emit('mod', a, b, f=lambda: a % b)
    emit('divmod', a, b, f=lambda: divmod(a, b))

POW_X = [0.0, -0.0, 1.0, -1.0, 2.0, -2.0, 0.5, -0.5, 10.0, -10.0, 1e-10, 3.0, INF, -INF, NAN]
POW_Y = [0.0, -0.0, 1.0, -1.0, 2.0, 3.0, -3.0, 0.5, -0.5, 1e10, -1e10, 1025.0, -1080.0, 1.5, INF, -INF, NAN]
for a in POW_X:
    for b in POW_Y:
        if a in (0.0, -1.0, INF, NAN) or b in (0.5, -0.5, INF, NAN) or random.random() < 0.4:
            emit('pow', a, b, f=lambda: a ** b)
for a, b in [(2.0, 10.0), (2.0, 0.5), (10.0, 22.0), (10.0, -5.0), (1.1, 2.0), (9.0, 0.5), (2.0, -1074.0),
             (2.0, -1075.0), (2.0, 1023.0), (2.0, 1024.0), (-2.0, 1023.0), (-2.0, 1024.0), (-10.0, 309.0),
             (1.0000001, 1e10), (0.9999999, 1e12), (7.0, 0.0)]:
    emit('pow', a, b, f=lambda: a ** b)

ROUND_X = [2.675, 0.125, 0.375, 2.5, 3.5, -2.5, 1.005, 12345.6789, -0.4, -0.1, 0.0, -0.0, 5e-324,
           1.7976931348623157e308, 1e300, 123.456, 0.5, 1.5, 1e16, 1e-16, INF, -INF, NAN, 1234567.0, 9.995]
ROUND_N = [0, 1, 2, 3, -1, -2, -3, 5, 15, 16, 17, 300, 308, 323, 324, -300, -308, -309, 400, -400]
for x in ROUND_X:
    for n in ROUND_N:
        if n in (0, 2, -1, 323, 324, -308, -309) or random.random() < 0.15:
            emit('round', x, n, f=lambda: round(x, n))
for _ in range(60):
    x = random.uniform(-1, 1) * 10.0 ** random.randint(-10, 20)
    n = random.randint(-5, 12)
    emit('round', x, n, f=lambda: round(x, n))
for _ in range(40):
    n = random.randint(1, 6)
    x = random.randint(-10**(n + 3), 10**(n + 3)) / 10**n + 5 / 10**(n + 1)
    emit('round', x, n, f=lambda: round(x, n))

INTLIKE = [0.5, 1.5, 2.5, -0.5, -1.5, -2.5, 0.49999999999999994, 2.0**52 + 0.5, 2.0**53, 2.0**63, -2.0**63,
           2.0**64, 1e300, -1e300, 0.0, -0.0, 3.7, -3.7, 1e-300, INF, -INF, NAN, 4503599627370497.0]
for x in INTLIKE + [rnd() for _ in range(25)]:
    emit('roundint', x, f=lambda: round(x))
    emit('floor', x, f=lambda: math.floor(x))
    emit('ceil', x, f=lambda: math.ceil(x))
    emit('trunc', x, f=lambda: math.trunc(x))
    emit('isint', x, f=lambda: x.is_integer())

INTS = [0, 1, -1, 2**53, 2**53 + 1, -(2**53) - 1, 2**63 - 1, 2**63, -2**63, -2**63 - 1, 2**64 + 1,
        10**30, -10**30, 2**1024, -2**1024, 5, True, False]
FLOATS = [0.0, -0.0, 0.5, 1.0, -1.0, 2.0**53, 2.0**53 + 2, -2.0**53, 2.0**63, -2.0**63, 2.0**64, 1e30,
          -1e30, 9007199254740993.5, 4.5, 5.0, 5.5, 1.7976931348623157e308, INF, -INF, NAN]
for x in FLOATS:
    for i in INTS:
        if i in (0, 1, 2**53 + 1, 2**63, -2**63 - 1, 2**1024, True) or x in (0.5, 2.0**63, INF, NAN) or random.random() < 0.3:
            emit('cmpint', x, i, f=lambda: 'unordered' if x != x else (x > i) - (x < i))
