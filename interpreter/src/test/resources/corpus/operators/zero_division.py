# ZeroDivisionError messages
cases = [
    lambda: 1 / 0,
    lambda: 1 // 0,
    lambda: 1 % 0,
    lambda: 1.0 / 0,
    lambda: 1.0 // 0.0,
    lambda: 1.0 % 0,
    lambda: divmod(1, 0),
    lambda: 2 ** 100 // 0,
    lambda: 0 ** -1,
]
for i, c in enumerate(cases):
    try:
        c()
    except ZeroDivisionError as e:
        print(i, type(e).__name__, e)
try:
    x = 5
    x /= 0
except ArithmeticError as e:
    print("ArithmeticError caught:", e, isinstance(e, ZeroDivisionError))
print("after")
