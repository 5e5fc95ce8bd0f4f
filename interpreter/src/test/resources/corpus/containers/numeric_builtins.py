# abs, divmod, pow, round
print(abs(-5), abs(5), abs(-2.5), abs(-(2 ** 80)), abs(-0.0))
print(divmod(17, 5), divmod(-17, 5), divmod(17.5, 5), divmod(2 ** 70, 3))
print(pow(2, 8), pow(2, 8, 10), pow(7, 2 ** 20, 13), pow(-2, 3), pow(2.0, -2))
print(round(0.5), round(1.5), round(2.5), round(3.5), round(-0.5), round(-1.5))
print(round(3.14159, 2), round(2.675, 2), round(1234.5678, -2), round(1255, -1), round(1265, -1))
print(round(7), round(7.6), type(round(7.6)).__name__, type(round(7.6, 1)).__name__, round(-7.5))
print(round(0.125, 2), round(0.375, 2), round(12345, -3), round(-12345, -2))
print(pow(0, 0), pow(5, 0, 1))
try:
    pow(2, 3.0, 5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    round(float("inf"))
except OverflowError as e:
    print(type(e).__name__, e)
