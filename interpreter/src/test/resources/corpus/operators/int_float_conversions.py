# int() and float() conversions and truncation
print(int(3.7), int(-3.7), int("42"), int(" -17 "), int("0"))
print(int("1_000"), int(True), int(2 ** 70 + 0.0))
print(float(3), float("3.5"), float(" -2.25 "), float("1e-3"))
print(int("ff", 16), int("0xff", 16), int("777", 8), int("0b101", 0), int("z", 36))
try:
    int("abc")
except ValueError as e:
    print(type(e).__name__, e)
try:
    float("x1")
except ValueError as e:
    print(type(e).__name__, e)
try:
    int(float("inf"))
except OverflowError as e:
    print(type(e).__name__, e)
try:
    int(float("nan"))
except ValueError as e:
    print(type(e).__name__, e)
try:
    int("12", 1)
except ValueError as e:
    print(type(e).__name__, e)
print(int(1e20), int(-1e20))
