# Metaclass __getattr__, type(name, bases, ns) picking the bases' metaclass, and class keywords.
class Meta(type):
    def __init__(cls, name, bases, ns, **kw):
        print("Meta.__init__", name)
        super().__init__(name, bases, ns)
    def __call__(cls, *a):
        print("Meta.__call__", cls.__name__)
        return super().__call__(*a)
    def __getattr__(cls, name):
        return "dyn_" + name

class A(metaclass=Meta):
    x = 1
B = type('B', (A,), {})
print(type(B).__name__, B.x, B.missing, A.other)
print(hasattr(A, 'zzz'), getattr(A, 'q', 5))
b = B()
print(type(b).__name__)

class NewMeta(type):
    def __new__(mcs, name, bases, ns):
        print("NewMeta.__new__", name)
        return super().__new__(mcs, name, bases, ns)
class C(metaclass=NewMeta): pass
D = type('D', (C,), {})
print(type(D).__name__)
try:
    Meta('x')
except TypeError as e:
    print(e)
class WithSlots(metaclass=Meta):
    __slots__ = ('a',)
w = WithSlots(); w.a = 3; print(w.a)
def f(**kw):
    return kw
class K:
    def __init_subclass__(cls, **kw):
        print("init_subclass", cls.__name__, kw)
class K2(K, a=1, b=2): pass
try:
    class K3(a=1): pass
except TypeError as e:
    print(e)
