# / always produces a float
print(1 / 2, 4 / 2, -1 / 2, 7 / -7)
print(type(4 / 2).__name__)
print(10 ** 20 / 10 ** 10)
print(2 ** 100 / 2 ** 99)
print(1 / 3 * 3, 2 / 3)
print(True / True, 5 / 2.0, 5.0 / 2)
print(22 / 7)
print((2 ** 64 + 1) / 2)
print(1 / 10 + 2 / 10)
print(-7 / 2, -(7 / 2))
print(0.1 / 0.3)
print(1e308 / 1e-10)
try:
    print(2 ** 10000 / 1)
except OverflowError as e:
    print(type(e).__name__, e)
