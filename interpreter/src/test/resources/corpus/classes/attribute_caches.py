class A:
    def m(self): return 'method'
    def __getattr__(self, n): return 'missing ' + n
a = A()
print(a.m(), a.m.__name__, a.zz)
a.m = lambda: 'instance'
print(a.m())
A.m = property(lambda self: 'prop')
b = A()
print(b.m)
class S:
    def __setattr__(self, n, v): object.__setattr__(self, n, v * 2)
s = S(); s.x = 3; print(s.x)
class P:
    pass
p = P()
for i in range(3):
    p.v = i
    print(p.v)
P.v = property(lambda self: 'class prop')
print(p.v)
try:
    P().nope
except AttributeError as e:
    print(e)
def slow():
    q = P()
    q.w = 1
    for i in range(100000):
        q.w = q.w + 1
    return q.w
print(slow())
