# math: constants and the real functions on common arguments (values printed with repr)
import math

print(math.pi, math.e, math.tau, math.inf, -math.inf, math.nan)
print(type(math.pi).__name__, math.isnan(math.nan), math.isinf(math.inf))

for x in [0.0, 0.5, 1, 2, 3, 10, 100, 1e-5, 123.456, 700]:
    print(x, math.sqrt(x), math.exp(x), math.expm1(x), math.log1p(x))
for x in [0.5, 1, 2, 3, 8, 10, 100, 1000, 1e-300, 1e300, 2**-1074, 12345.678, 7]:
    print(x, math.log(x), math.log2(x), math.log10(x))
print(math.log(8, 2), math.log(100, 10), math.log(1000, 10), math.log(2, 8), math.log(10**400), math.log(10**400, 10))
print(math.log2(2**1000), math.log2(2**2000), math.log10(10**400), math.log(True))
for x in [0, 0.1, 0.5, 1, math.pi / 6, math.pi / 4, math.pi / 3, math.pi / 2, math.pi, 2, 10, -1.5]:
    print(x, math.sin(x), math.cos(x), math.tan(x))
for x in [0, 0.1, 0.5, 1, -1, 0.7071067811865476]:
    print(x, math.asin(x), math.acos(x), math.atan(x))
print(math.atan(2), math.atan(10), math.atan(-1e300), math.atan(math.inf))
for x in [0, 0.5, 1, 2, -3, 10, 25, 700]:
    print(x, math.sinh(x), math.cosh(x), math.tanh(x))
for x in [0, 0.5, 1, 2, -3, 10, 1e10]:
    print(x, math.asinh(x))
for x in [1, 1.5, 2, 10, 1e10]:
    print(x, math.acosh(x))
for x in [0, 0.5, -0.25, 0.9, 0.999]:
    print(x, math.atanh(x))
for y, x in [(1, 1), (1, -1), (-1, -1), (0, -1), (-0.0, -1), (0, 0), (0.0, -0.0), (math.inf, math.inf), (math.inf, -math.inf), (1, math.inf), (1, -math.inf), (3, 4)]:
    print(y, x, math.atan2(y, x))
for x, y in [(2, 10), (2, 0.5), (-2, 3), (-8, 1/3.0 * 3), (0, 0), (1, math.nan), (math.nan, 0), (math.inf, -1), (-math.inf, 3), (-math.inf, 2), (0.5, math.inf), (2, -math.inf), (-1, math.inf), (10, -2), (1.0000001, 1e7)]:
    print(x, y, math.pow(x, y))
print(math.degrees(math.pi), math.degrees(1), math.radians(180), math.radians(1), math.radians(90))
print(math.exp(-745.2), math.exp(709), math.exp(1), math.exp(-1), math.exp2(10), math.exp2(0.5), round(math.cbrt(27), 12), math.cbrt(-8), math.cbrt(0.0), math.cbrt(-math.inf))  # glibc rounds cbrt(27) up by an ulp
print(math.sqrt(2), math.sqrt(1e308), math.sqrt(5e-324), math.sqrt(-0.0), math.sqrt(math.inf))
print(math.hypot(3, 4), math.hypot(), math.hypot(-5), math.hypot(1, 1), math.hypot(3, 4, 12), math.hypot(1e308, 1e308), math.hypot(1e-320, 1e-320))
print(math.hypot(math.inf, math.nan), math.hypot(math.nan, 1), math.hypot(0.1, 0.2, 0.3))
print(math.dist((0, 0), (3, 4)), math.dist([1, 2, 3], [4, 5, 6]), math.dist((1.5,), (-2.5,)), math.dist((), ()))
