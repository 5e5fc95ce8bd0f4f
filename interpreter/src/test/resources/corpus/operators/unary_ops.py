# Unary minus, plus and invert
x = 5
print(-x, +x, ~x, -(-x), ~~x)
print(-0, +0, ~0)
print(-2.5, +2.5, -(-2.5))
print(-True, +True, ~True, ~False)
print(-(2 ** 63), -(2 ** 100))
print(- 3 ** 2, (-3) ** 2)
print(not x, not not x, not 0)
print(-x * 2, -(x * 2), ~x + 1)
y = -x
print(y, abs(y), -y)
try:
    print(-"s")
except TypeError as e:
    print(type(e).__name__, e)
try:
    print(~1.5)
except TypeError as e:
    print(type(e).__name__, e)
