# math: domain and range errors, argument types and counts, with CPython's messages
import math

def show(f, *args, **kw):
    try:
        print(f.__name__, args, repr(f(*args, **kw)))
    except Exception as e:
        print(f.__name__, args, type(e).__name__, e)

for f, a in [(math.sqrt, -1), (math.log, 0), (math.log, -1), (math.log, 0.0), (math.log2, -2), (math.log10, 0),
             (math.log1p, -1), (math.log1p, -2), (math.exp, 1000), (math.exp, -1000), (math.expm1, 800),
             (math.asin, 2), (math.acos, -1.5), (math.acosh, 0.5), (math.atanh, 1), (math.atanh, -1),
             (math.sin, math.inf), (math.cos, -math.inf), (math.tan, math.inf), (math.sinh, 1000), (math.cosh, -1000),
             (math.exp, math.inf), (math.exp, -math.inf), (math.exp, math.nan), (math.sqrt, math.nan), (math.log, math.inf),
             (math.log, -math.inf), (math.log, math.nan), (math.fabs, -math.inf), (math.sqrt, 10**400), (math.exp2, 2000),
             (math.floor, math.inf), (math.ceil, -math.inf), (math.floor, math.nan), (math.trunc, math.inf), (math.log, 10**400), (math.log, -10**400), (math.log, False)]:
    show(f, a)
show(math.log, 10, 1)
show(math.log, 10, 0)
show(math.log, 0, 10)
show(math.log, 10, -1)
show(math.pow, 0, -1)
show(math.pow, 0.0, -2.5)
show(math.pow, -8, 1 / 3)
show(math.pow, 10, 400)
show(math.pow, -10, 401)
show(math.fmod, 1, 0)
show(math.fmod, math.inf, 1)
show(math.fmod, 1, math.inf)
show(math.fmod, math.nan, 1)
show(math.remainder, 1, 0)
show(math.remainder, math.inf, 1)
show(math.atan2, math.nan, 1)
show(math.ldexp, 1.0, 2000)
show(math.ldexp, 1.0, 10**30)
show(math.ldexp, 1.0, -10**30)
show(math.ldexp, 1.0, 2.0)
show(math.ldexp, 1.0, True)
show(math.copysign, 1, math.nan)

# argument types
for f in [math.sqrt, math.exp, math.floor, math.ceil, math.fabs, math.isnan, math.isinf, math.isfinite, math.modf, math.frexp, math.trunc, math.degrees]:
    show(f, "x")
    show(f, None)
show(math.factorial, 5.0)
show(math.factorial, "5")
show(math.gcd, 1.5)
show(math.gcd, 4, 2.0)
show(math.lcm, "a")
show(math.comb, 5.0, 2)
show(math.perm, 5, 2.0)
show(math.isqrt, 4.0)
show(math.fsum, 5)
show(math.fsum, ["a"])
show(math.prod, 5)
show(math.dist, 1, 2)
show(math.dist, (1, 2), (1,))
show(math.hypot, "a")

# argument counts and keywords
for f in [math.sqrt, math.floor, math.factorial, math.isqrt, math.fsum, math.frexp]:
    show(f)
    show(f, 1, 2)
    show(f, x=1)
for f in [math.atan2, math.pow, math.copysign, math.fmod, math.ldexp, math.comb, math.dist, math.remainder, math.nextafter]:
    show(f)
    show(f, 1)
    show(f, 1, 2, 3)
    show(f, x=1)
show(math.log)
show(math.log, 1, 2, 3)
show(math.log, x=1)
show(math.perm)
show(math.perm, 1, 2, 3)
show(math.isclose, 1)
show(math.isclose, 1, 2, 3)
show(math.isclose, 1, 2, rel_tol=-1)
show(math.isclose, 1, 2, abs_tol=-1)
show(math.isclose, a=1, b=1)
show(math.prod)
show(math.prod, [1], 2)
show(math.prod, [1], 2, 3)
show(math.prod, [1], foo=2)
show(math.gcd, a=1)
show(math.hypot, x=1)

# exceptions from user objects propagate
class Bad:
    def __repr__(self):
        return "Bad()"
    def __float__(self):
        raise RuntimeError("no float")
    def __index__(self):
        raise RuntimeError("no index")
show(math.sqrt, Bad())
show(math.factorial, Bad())
