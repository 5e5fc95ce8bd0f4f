# sys.exc_info() and sys.exception() inside and after except clauses (nested, and left by return)
import sys
print(sys.exc_info())
try:
    raise ValueError("outer")
except ValueError:
    t, v, tb = sys.exc_info()
    print(t.__name__, v, tb is not None, sys.exception() is v)
    try:
        raise KeyError("inner")
    except KeyError:
        print(sys.exc_info()[1].args)
    print(sys.exc_info()[1])
print(sys.exc_info(), sys.exception())
def f():
    try:
        1 / 0
    except ZeroDivisionError:
        return sys.exc_info()[0].__name__
print(f(), sys.exc_info()[0])
