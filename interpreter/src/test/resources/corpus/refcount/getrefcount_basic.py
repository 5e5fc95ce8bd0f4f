# sys.getrefcount in simple, unambiguous situations
import sys

class C:
    pass

def f():
    x = C()
    print("fresh local:", sys.getrefcount(x))
    lst = [x]
    print("in a list:", sys.getrefcount(x))
    holder = C()
    holder.attr = x
    print("as attribute:", sys.getrefcount(x))
    d = {"key": x}
    print("as dict value:", sys.getrefcount(x))
    y = x
    print("second name:", sys.getrefcount(x))
    del y
    print("after del name:", sys.getrefcount(x))
    del lst
    print("after del list:", sys.getrefcount(x))
    del holder.attr
    print("after del attribute:", sys.getrefcount(x))
    d.clear()
    print("after clearing dict:", sys.getrefcount(x))
    pair = (x, x)
    print("twice in a tuple:", sys.getrefcount(x))
    del pair
    print("back to:", sys.getrefcount(x))

f()
g = C()
print("module global:", sys.getrefcount(g))
many = [g] * 5
print("five list slots:", sys.getrefcount(g))
many = None
print("end:", sys.getrefcount(g))
