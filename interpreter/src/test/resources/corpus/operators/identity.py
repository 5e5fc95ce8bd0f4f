# is / is not
a = [1, 2]
b = a
c = [1, 2]
print(a is b, a is c, a == c, a is not c)
print(None is None, True is True, False is not True)
x = None
print(x is None, x is not None)
def f():
    pass
print(f() is None)
t = ()
empty = ()
print(t == empty, type(a) is list, type(t) is tuple)
print(type(1) is int, type(True) is bool, type(True) is int)
s = "abc"
print(s is s, type(s) is str)
d = {}
print(d.get("missing") is None)
class C:
    pass
o = C()
p = o
print(o is p, type(o) is C, o is not C())
