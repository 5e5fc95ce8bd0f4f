# math: fsum, prod, isclose and the float-part functions
import math

print(math.fsum([0.1] * 10), sum([0.1] * 10), math.fsum([1e100, 1.0, -1e100, 1e-100, 1e50, -1.0, -1e50]))
print(math.fsum([1e-16, 1, 1e16]), math.fsum([]), math.fsum(range(10)), math.fsum(x / 10 for x in range(10)), math.fsum([True, 2]))
print(math.fsum([math.inf, 1]), math.fsum([math.inf, math.inf]), math.fsum([math.nan, 1]), math.fsum([-math.inf, 5]))
for data in [[1e308, 1e308], [math.inf, -math.inf], [1e308, 1e308, -math.inf]]:
    try:
        print(math.fsum(data))
    except (OverflowError, ValueError) as e:
        print(type(e).__name__, e)
print(math.prod([]), math.prod([1, 2, 3, 4]), math.prod(range(1, 11)), math.prod([2.5, 4]), math.prod([1, 2], start=10))
print(math.prod([[1, 2]], start=2), math.prod(["ab"], start=3), math.prod([10**20, 10**20]), math.prod(iter([3, 3])))
try:
    math.prod(["a"], start="b")
except TypeError as e:
    print(e)

print(math.isclose(1, 1), math.isclose(1, 1.0000000001), math.isclose(1, 1.001), math.isclose(1, 1.001, rel_tol=0.01))
print(math.isclose(0, 1e-10), math.isclose(0, 1e-10, abs_tol=1e-9), math.isclose(math.inf, math.inf), math.isclose(math.inf, 1e308))
print(math.isclose(math.nan, math.nan), math.isclose(-math.inf, math.inf), math.isclose(a=2, b=2.0), math.isclose(1, 2, rel_tol=1))

for x in [0.0, -0.0, 1.5, -1.5, 3.0, -2.0, math.inf, -math.inf, math.nan, 1e300, 5e-324, 2**-1022]:
    print(x, math.modf(x), math.frexp(x), math.fabs(x), math.copysign(2, x), math.isfinite(x), math.isinf(x), math.isnan(x))
for m, e in [(0.5, 1), (0.75, 3), (1.0, -1074), (1.5, -1074), (1.0, 1023), (-0.5, 1025), (1.0, -1080), (0.0, 5000), (math.inf, -5), (3, 0)]:
    try:
        print(m, e, math.ldexp(m, e))
    except OverflowError as ex:
        print(m, e, ex)
for x, y in [(7, 3), (-7, 3), (7, -3), (-7, -3), (7.5, 2), (-0.0, 1), (1e300, 3.1), (5, math.inf), (-5, -math.inf)]:
    print(x, y, math.fmod(x, y), math.remainder(x, y))
print(math.remainder(5, 2), math.remainder(7, 2), math.remainder(-5, 2), math.remainder(4.5, 1), math.remainder(5.5, 1))
print(math.copysign(1, -0.0), math.copysign(-3, 0.0), math.copysign(math.inf, -1), math.copysign(math.nan, -1) != 0)
print(math.ulp(1.0), math.ulp(-1.0), math.ulp(0.0), math.ulp(1e300), math.ulp(math.inf), math.ulp(2**-1074), math.ulp(1.7976931348623157e308))
print(math.nextafter(1, 2), math.nextafter(1, 0), math.nextafter(0, 1), math.nextafter(0.0, -1), math.nextafter(5, 5), math.nextafter(1e308, math.inf))
print(math.isfinite(10**300), math.isinf(10), math.isnan(True))
try:
    math.isfinite(10**400)
except OverflowError as e:
    print(e)
