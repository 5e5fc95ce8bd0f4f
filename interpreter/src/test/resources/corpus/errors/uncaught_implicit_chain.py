# An exception raised while handling another shows both
def divide(a, b):
    try:
        return a / b
    except ZeroDivisionError:
        raise ValueError("cannot divide by zero")

print(divide(6, 3))
divide(1, 0)
