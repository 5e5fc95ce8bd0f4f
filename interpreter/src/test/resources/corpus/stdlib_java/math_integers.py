# math: integer functions (exact results of any size) and floor/ceil/trunc
import math

print([math.factorial(n) for n in range(0, 22)])
print(math.factorial(30), math.factorial(True), len(str(math.factorial(1000))), math.factorial(100) % 10**30)
print(math.gcd(), math.gcd(12), math.gcd(-12), math.gcd(12, 18), math.gcd(-12, 18), math.gcd(0, 0), math.gcd(0, -5), math.gcd(12, 18, 8))
print(math.gcd(2**100, 6**50), math.gcd(3**200, 3**150 * 2), math.gcd(True, 4))
print(math.lcm(), math.lcm(-4), math.lcm(4, 6), math.lcm(4, -6), math.lcm(0, 5), math.lcm(5, 0), math.lcm(2, 3, 4), math.lcm(2**64, 3))
for n, k in [(5, 2), (5, 0), (5, 5), (5, 6), (0, 0), (10, 3), (52, 5), (100, 50), (2**70, 2), (2**70, 2**70 - 1)]:
    print("comb", n, k, math.comb(n, k))
for n, k in [(5, 2), (5, 0), (5, 5), (5, 6), (0, 0), (10, 3), (20, 20), (2**70, 2)]:
    print("perm", n, k, math.perm(n, k))
print(math.perm(6), math.perm(0), math.perm(6, None))
print(len(str(math.comb(2000, 1000))), math.comb(2000, 1000) % 1000003)
for n in [0, 1, 2, 3, 4, 15, 16, 17, 99, 100, 10**20, 10**20 + 1, 2**127, 2**128 - 1]:
    print("isqrt", n, math.isqrt(n))
for n, k in [(-1, 2), (2, -1), (-1, -1), (2**70, 2**69)]:
    for f in (math.comb, math.perm):
        try:
            print(f(n, k))
        except (ValueError, OverflowError) as e:
            print(f.__name__, n, k, type(e).__name__, e)
for n in [-1, 2**70, -2**70]:
    try:
        math.factorial(n)
    except (ValueError, OverflowError) as e:
        print("factorial", n, type(e).__name__, e)
try:
    math.isqrt(-1)
except ValueError as e:
    print(e)

# floor, ceil, trunc return ints, exactly for big values
for x in [2.5, -2.5, 2.0, -0.5, 0.5, 1e20, -1e20, 1.7e308, 2**53 + 0.0, 10**30, -10**30, True, False, 7]:
    r = (math.floor(x), math.ceil(x), math.trunc(x))
    print(x, r, [type(v).__name__ for v in r])

class Num:
    def __floor__(self):
        return "floor!"
    def __ceil__(self):
        return "ceil!"
    def __trunc__(self):
        return "trunc!"
    def __float__(self):
        return 1.5
print(math.floor(Num()), math.ceil(Num()), math.trunc(Num()), math.sqrt(Num()))

class OnlyFloat:
    def __float__(self):
        return -3.5
print(math.floor(OnlyFloat()), math.ceil(OnlyFloat()), math.fabs(OnlyFloat()))
try:
    math.trunc(OnlyFloat())
except TypeError as e:
    print(e)

class Idx:
    def __index__(self):
        return 6
print(math.factorial(Idx()), math.gcd(Idx(), 4), math.comb(Idx(), 2), math.isqrt(Idx()), math.sqrt(Idx()), math.log(Idx()))

class MyInt(int):
    pass
print(math.floor(MyInt(5)), math.factorial(MyInt(4)), math.gcd(MyInt(9), 6), math.sqrt(MyInt(16)))
