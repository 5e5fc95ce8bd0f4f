#!/usr/bin/env python3
"""Expected results of int arithmetic (pygil.runtime.num.IntMath), computed by CPython 3.11.

    python3 gen_int_cases.py > int_cases.txt

Line: op TAB operand... TAB expected. Ints are decimal (True/False for bools); a float result
is 'f' + repr; divmod gives 'q,r'; an exception gives '!Type: message'.
"""
import random
import sys

random.seed(20240611)


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
    if isinstance(v, bool):
        return str(v)
    if isinstance(v, int):
        return str(v)
    if isinstance(v, float):
        return 'f' + repr(v)
    if isinstance(v, tuple):
        return ','.join(fmt(x) for x in v)
    raise TypeError(v)


def outcome(f):
    try:
        return fmt(f())
    except Exception as e:
        m = str(e)
        return '!' + type(e).__name__ + (': ' + m if m else '')


def emit(op, *args, f):
    print('\t'.join([op] + [fmt(a) for a in args] + [esc(outcome(f))]))


SMALL = [0, 1, -1, 2, -2, 3, -3, 7, -7, 10, -10, 255, 256, -256, 1000, 12345, -12345]
EDGE = [2**31 - 1, 2**31, -2**31, 2**32, 2**53 - 1, 2**53, 2**53 + 1, -(2**53 + 1), 2**62, -2**62,
        2**63 - 1, -2**63, 2**63, -2**63 - 1, 2**64, -2**64, 10**18, 10**19, -10**19, 10**20, 3**40,
        3**100, 2**200 + 12345, -(10**50) - 7]
BOOLS = [True, False]
ALL = SMALL + EDGE + BOOLS

binops = {
    'add': lambda a, b: a + b,
    'sub': lambda a, b: a - b,
    'mul': lambda a, b: a * b,
    'floordiv': lambda a, b: a // b,
    'mod': lambda a, b: a % b,
    'divmod': lambda a, b: divmod(a, b),
    'truediv': lambda a, b: a / b,
    'and': lambda a, b: a & b,
    'or': lambda a, b: a | b,
    'xor': lambda a, b: a ^ b,
    'cmp': lambda a, b: (a > b) - (a < b),
}
SOME = [0, 1, -1, 3, -7, 255, -256, 2**53 + 1, 2**63 - 1, -2**63, 2**63, -2**64, 3**40, True, False]
# The SOME x SOME product is mostly kept; the rest of ALL x ALL is sampled (keeps the file small).
for name, op in binops.items():
    operands = ALL if name in ('add', 'sub', 'mul', 'floordiv', 'mod', 'truediv') else SOME
    for a in operands:
        for b in operands:
            if a in SOME and b in SOME and random.random() < 0.5 or random.random() < 0.04:
                emit(name, a, b, f=lambda: op(a, b))

for a in ALL:
    emit('neg', a, f=lambda: -a)
    emit('abs', a, f=lambda: abs(a))
    emit('invert', a, f=lambda: ~a)
    emit('float', a, f=lambda: float(a))
    emit('bitlen', a, f=lambda: a.bit_length())
emit('float', 2**1024, f=lambda: float(2**1024))
emit('float', 2**1024 - 2**970, f=lambda: float(2**1024 - 2**970))
emit('float', 2**1024 - 2**970 - 1, f=lambda: float(2**1024 - 2**970 - 1))
emit('float', -(2**1024 - 2**971), f=lambda: float(-(2**1024 - 2**971)))
emit('float', 2**54 + 3, f=lambda: float(2**54 + 3))
for _ in range(25):
    a = random.getrandbits(random.randint(54, 1100)) * random.choice([1, -1])
    emit('float', a, f=lambda: float(a))

POW_BASES = [0, 1, -1, 2, -2, 3, 10, -10, 7, 2**31, -(2**32) + 1, 3**50, True, False]
POW_EXPS = [0, 1, 2, 3, 10, 31, 32, 62, 63, 64, 100, -1, -2, -3, -1075, True, False]
for a in POW_BASES:
    for b in POW_EXPS:
        if b in (0, 1, 2, 63, 64, -1, True) or random.random() < 0.4:
            emit('pow', a, b, f=lambda: a ** b)
emit('pow', 10**400, -1, f=lambda: (10**400) ** -1)

MODS = [1, -1, 2, 7, -7, 97, 2**61 - 1, -(2**61 - 1), 10**20 + 39, 0]
for a in [0, 1, -1, 2, 3, -5, 12345, 2**70 + 3, -(3**60)]:
    for b in [0, 1, 2, 5, 100, 2**65 + 1, -1, -2, -3]:
        for m in MODS:
            if random.random() < 0.35:
                emit('powmod', a, b, m, f=lambda: pow(a, b, m))

SHIFTS = [0, 1, 2, 31, 32, 62, 63, 64, 65, 100, 200, 1000, -1]
for a in [0, 1, -1, 2, -3, 12345, -12345, 2**62, -2**62, 2**63 - 1, -2**63, 2**100 + 1, -(2**100) - 1, True]:
    for n in SHIFTS:
        if n in (0, 1, 63, 64, -1) or random.random() < 0.3:
            emit('lshift', a, n, f=lambda: a << n)
            emit('rshift', a, n, f=lambda: a >> n)
emit('rshift', -5, 2**70, f=lambda: -5 >> 2**70)
emit('rshift', 5, 2**70, f=lambda: 5 >> 2**70)
emit('lshift', 0, 2**70, f=lambda: 0 << 2**70)

# Random arithmetic on mixed sizes.
def rnd():
    bits = random.choice([1, 8, 31, 52, 53, 54, 62, 63, 64, 65, 100, 300, 700])
    return random.getrandbits(bits) * random.choice([1, -1])


for _ in range(8):
    a, b = rnd(), rnd()
    for name in ('add', 'sub', 'mul', 'floordiv', 'mod', 'truediv', 'and', 'or', 'xor', 'cmp'):
        op = binops[name]
        emit(name, a, b, f=lambda: op(a, b))

# True division: huge, tiny and subnormal quotients, ties.
for _ in range(10):
    a = random.getrandbits(random.randint(1, 2200)) * random.choice([1, -1])
    b = random.getrandbits(random.randint(1, 2200)) or 1
    if random.random() < 0.5:
        b = random.getrandbits(max(1, a.bit_length() - random.randint(-60, 60))) or 1
    emit('truediv', a, b, f=lambda: a / b)
for a, b in [(1, 3**700), (1, 2**1074), (1, 2**1075), (3, 2**1076), (1, 2**1075 - 1), (2**1024, 1),
             (2**1024 - 2**970, 1), (2**1024 - 2**970 - 1, 1), (2**1100, 2**76), (2**1100, 2**77 - 1),
             (10**400, 10**399 + 1), (2**53 + 1, 1), (2**54 + 2, 2), (2**55 + 5, 4), (-(2**54) - 2, 4),
             (2**53 * 3 + 1, 3), (2**200 + 1, 2**147), (0, -10**30), (10**30, 0)]:
    emit('truediv', a, b, f=lambda: a / b)
