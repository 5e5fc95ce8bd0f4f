# math: gamma, lgamma (CPython's own Lanczos algorithm: exact values), erf and erfc
import math

for x in [1, 2, 3, 5, 10, 23, 24, 0.5, 1.5, 2.5, -0.5, -1.5, 0.1, 3.7, 10.5, 30.3, 100.5, 170.5, 171.5, -170.5, -200.5, 1e-10, -1e-10, 1e-300, -2.5e-5, 150.25, -150.25]:
    r = []
    for f in (math.gamma, math.lgamma):
        try:
            r.append(repr(f(x)))
        except (ValueError, OverflowError) as e:
            r.append(type(e).__name__ + ": " + str(e))
    print(x, *r)
for x in [0, -0.0, -1, -2, -1e300, 171.7, 1e300, math.inf, -math.inf, math.nan, 3e306]:
    for f in (math.gamma, math.lgamma):
        try:
            print(f.__name__, x, f(x))
        except (ValueError, OverflowError) as e:
            print(f.__name__, x, type(e).__name__, e)
print(math.gamma(5) == 24, type(math.gamma(5)).__name__, math.lgamma(1), math.lgamma(2), math.gamma(0.5) ** 2)
# the error functions are correctly rounded here; glibc's may differ in the last place
for x in [0, 0.1, 0.5, 1, 1.4, 2, 3, 5, 10, 27, 30, -0.3, -2, -7, math.inf, -math.inf]:
    print(x, round(math.erf(x), 13), round(math.erfc(x), 13), math.erfc(x) > 0 or x > 26)
print(math.erf(math.nan), math.erfc(math.nan), math.erf(-0.0), math.erf(1e-300) > 0)
