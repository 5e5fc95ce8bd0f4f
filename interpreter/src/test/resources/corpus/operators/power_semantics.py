# ** with negative exponents, big ints, floats
print(2 ** -1, 2 ** -2, 10 ** -3)
print(type(2 ** -1).__name__, type(2 ** 2).__name__)
print((-2) ** 3, (-2) ** 2, -2 ** 2)
print((-8) ** -1, 0.5 ** 2)
print(2 ** 200)
print(3 ** 100 % 1000)
print(pow(2, 10), pow(2, -1), pow(2, 100, 1000), pow(3, 4, 5))
print(pow(-3, 3, 7), pow(3, -1, 7))
print(1 ** 1000000, (-1) ** 1000001)
print(2.0 ** 3, 2 ** 3.0, 9 ** 0.5)
print(10 ** 20, 10.0 ** 20)
print(7 ** 2 ** 2)
try:
    print(0 ** -1)
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    print(0.0 ** -1)
except ZeroDivisionError as e:
    print(type(e).__name__, e)
