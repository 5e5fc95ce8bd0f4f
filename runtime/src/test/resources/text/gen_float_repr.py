#!/usr/bin/env python3
"""Expected repr(float) (pygil.runtime.text.FloatRepr), computed by CPython 3.11.

    python3 gen_float_repr.py > float_repr.txt

Line: float.hex() (or inf, -inf, nan) TAB repr.
"""
import math
import random
import struct

random.seed(1234)


def h(x):
    if math.isnan(x):
        return 'nan'
    if math.isinf(x):
        return 'inf' if x > 0 else '-inf'
    return x.hex()


values = [0.0, -0.0, 1.0, -1.0, 0.1, 0.2, 0.3, 0.1 + 0.2, 1 / 3, 2 / 3, 100.0, 1e16, 1e15, 9999999999999998.0,
          1e17, 123456789012345678.0, 1e-4, 1e-5, 0.0001, 0.00001, 0.000123, 1.5e300, 1e300, 1e-300, 5e-324, 1e-323,
          2e-323, 1.5e-323, 4.9406564584124654e-324, 2.2250738585072014e-308, 2.225073858507201e-308,
          1.7976931348623157e308, 1e22, 1e23, 9.007199254740993e15, 2.0**53, 2.0**63, 2.0**64, 1e21, 5e-5,
          math.pi, math.e, 1e-7, 123.456, 0.5, 2.5, 1234567890123456.7, 12345678901234567.0, math.inf, -math.inf,
          math.nan, 8.41e21, 5.0e-310, 9.5, 0.3333333333333333, 1.1, 2.675, 4.35, 0.07, 1e100]
for e in range(-325, 310):
    for m in ((1, 5, 9) if e % 4 == 0 else (1,)):
        try:
            values.append(float('%de%d' % (m, e)))
        except OverflowError:
            pass
for e in range(-1074, 1024, 23):
    values.append(2.0 ** e)
    values.append(math.nextafter(2.0 ** e, math.inf))
    values.append(math.nextafter(2.0 ** e, 0.0))
for _ in range(900):
    bits = random.getrandbits(64)
    x = struct.unpack('<d', struct.pack('<Q', bits))[0]
    values.append(x)
for _ in range(300):
    values.append(round(random.uniform(-1000, 1000), random.randint(0, 6)))
for _ in range(150):
    values.append(random.randint(1, 9) * 10.0 ** random.randint(-320, 308))
for _ in range(80):  # subnormals
    values.append(random.randint(1, 2**52) * 5e-324)
for x in values:
    print('%s\t%s' % (h(x), repr(x)))
