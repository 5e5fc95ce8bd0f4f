# except (A, B) as e, and the name is unbound afterwards
def risky(n):
    if n == 0:
        raise ValueError("value problem")
    if n == 1:
        raise TypeError("type problem")
    if n == 2:
        raise KeyError("key problem")
    return "fine"

for n in range(4):
    try:
        print(risky(n))
    except (ValueError, TypeError) as e:
        print("caught", type(e).__name__, e)
    except KeyError as err:
        print("key", err)
try:
    raise IndexError("x")
except (KeyError, IndexError) as e:
    pass
try:
    print(e)
except NameError as ne:
    print("NameError", ne)
errors = (ZeroDivisionError, OverflowError)
try:
    1 // 0
except errors as e:
    print("dynamic tuple", type(e).__name__)
