#!/usr/bin/env python3
"""Expected hash() values (pygil.runtime.num.NumericHash), computed by CPython 3.11 (64-bit).

    python3 gen_hash_cases.py > hash_cases.txt

Lines: 'int' TAB decimal TAB hash | 'float' TAB float.hex() TAB hash |
'tuple' TAB item hashes separated by spaces TAB hash(tuple) (items are ints, floats, tuples).
"""
import math
import random
import sys

assert sys.hash_info.width == 64
random.seed(7)

ints = [0, 1, -1, 2, -2, 3, 1000, -1000, 2**31, 2**61 - 2, 2**61 - 1, 2**61, 2**61 + 1, -(2**61 - 1),
        -(2**61), 2**62, 2**63 - 1, -2**63, 2**63, 2**64, -2**64, 2**122 - 2, 2**122, 10**100, -10**100,
        -2**61 + 2, True, False]
for _ in range(100):
    ints.append(random.getrandbits(random.choice([8, 32, 61, 62, 63, 64, 65, 100, 500])) * random.choice([1, -1]))
for i in ints:
    print('int\t%s\t%d' % (i, hash(i)))

floats = [0.0, -0.0, 1.0, -1.0, 0.5, -0.5, 1.5, 2.0**61, 2.0**62, -2.0**61, 2.0**-61, 2.0**-62, 0.1, 1e300,
          -1e300, 1e-300, 5e-324, 2.2250738585072014e-308, 1.7976931348623157e308, 2.0**53 + 2, math.inf, -math.inf,
          123456.789, -2.0, 1.0 / 3]
for _ in range(150):
    floats.append(random.uniform(-1, 1) * 10.0 ** random.randint(-320, 308))
for _ in range(80):
    floats.append(float(random.getrandbits(random.randint(1, 200)) * random.choice([1, -1])))
for x in floats:
    print('float\t%s\t%d' % ('inf' if x == math.inf else '-inf' if x == -math.inf else x.hex(), hash(x)))

tuples = [(), (1,), (1, 2), (1.0, 2.0), (True, 2), (-1,), (-2,), ((1, 2), (3, 4)), (0,) * 10, (1, (2, (3, ()))),
          (2**61, -1, 0.5), tuple(range(50))]
for _ in range(60):
    tuples.append(tuple(random.choice([random.randint(-10**6, 10**6), random.random() * 1e6,
                                       random.getrandbits(100)]) for _ in range(random.randint(0, 8))))
for t in tuples:
    print('tuple\t%s\t%d' % (' '.join(str(hash(x)) for x in t), hash(t)))
