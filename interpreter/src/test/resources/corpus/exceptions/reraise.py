# Bare raise re-raises the current exception
def inner():
    raise ValueError("original")

def middle():
    try:
        inner()
    except ValueError:
        print("middle saw it, re-raising")
        raise

try:
    middle()
except ValueError as e:
    print("outer got", e, type(e).__name__)
def rethrow_after_handling():
    try:
        raise KeyError("k")
    except KeyError as e:
        try:
            raise TypeError("inner")
        except TypeError:
            pass
        raise
try:
    rethrow_after_handling()
except KeyError as e:
    print("still the KeyError:", repr(e))
try:
    raise
except RuntimeError as e:
    print(type(e).__name__, e)
e1 = ValueError("reuse")
for i in range(2):
    try:
        raise e1
    except ValueError as e:
        print(i, e is e1)
