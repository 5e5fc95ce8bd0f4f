# sys.getrefcount for freshly created objects in simple situations
import sys

def fresh():
    obj = []
    print(sys.getrefcount(obj))
    alias = obj
    print(sys.getrefcount(obj))
    container = {"a": obj, "b": obj}
    print(sys.getrefcount(obj))
    container = None
    alias = None
    print(sys.getrefcount(obj))
    class Holder:
        pass
    h = Holder()
    h.ref = obj
    print(sys.getrefcount(obj))
    del h
    print(sys.getrefcount(obj))

fresh()
print(type(sys.getrefcount(object())).__name__)
