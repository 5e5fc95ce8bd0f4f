# Metaclasses: __new__/__init__/__call__/__prepare__, metaclass methods, properties and dunders,
# inheritance and selection of the most derived metaclass, class keywords.
class Meta(type):
    def __new__(mcs, name, bases, ns, **kw):
        print("Meta.__new__", mcs.__name__, name, [b.__name__ for b in bases], sorted(k for k in ns if not k.startswith('__')), kw)
        cls = super().__new__(mcs, name, bases, ns)
        cls.tag = kw.get('tag', 'none')
        return cls

    def __init__(cls, name, bases, ns, **kw):
        print("Meta.__init__", name, kw)
        super().__init__(name, bases, ns)

    def __call__(cls, *args, **kwargs):
        print("Meta.__call__", cls.__name__, args, kwargs)
        inst = super().__call__(*args, **kwargs)
        inst.created_by_meta = True
        return inst

    @classmethod
    def __prepare__(mcs, name, bases, **kw):
        print("Meta.__prepare__", name, kw)
        d = {}
        d['injected'] = 42
        return d

    def members(cls):
        return sorted(k for k in vars(cls) if k.isupper())

    @property
    def upper_name(cls):
        return cls.__name__.upper()

    def __iter__(cls):
        return iter(cls.members())

    def __len__(cls):
        return len(cls.members())

    def __contains__(cls, item):
        return item in cls.members()

    def __getitem__(cls, key):
        return getattr(cls, key)

    def __repr__(cls):
        return "<Meta class %s>" % cls.__name__

    def __bool__(cls):
        return len(cls) > 0


class Base:
    def __init_subclass__(cls, **kw):
        print("Base.__init_subclass__", cls.__name__, kw)
        super().__init_subclass__()


class Color(Base, metaclass=Meta, tag='colors'):
    RED = 1
    GREEN = 2
    BLUE = 3

    def __init__(self, x=0):
        self.x = x

print(type(Color) is Meta, isinstance(Color, Meta), isinstance(Color, type))
print(Color.tag, Color.injected)
print(Color.members(), Color.upper_name)
print(list(Color), len(Color), 'RED' in Color, 'PINK' in Color, Color['GREEN'])
print(repr(Color), bool(Color))
c = Color(5)
print(c.x, c.created_by_meta, type(c) is Color)

class Shade(Color, tag='shades'):
    DARK = 9

print(type(Shade) is Meta, Shade.tag, list(Shade), repr(Shade))

class Empty(metaclass=Meta):
    pass
print(bool(Empty), len(Empty))

class M1(type): pass
class M2(type): pass
class A(metaclass=M1): pass
class B(metaclass=M2): pass
try:
    class C(A, B): pass
except TypeError as e:
    print("TypeError:", e)

class M3(M1): pass
class D(metaclass=M3): pass
class E(A, D): pass
print(type(E).__name__)
class F(D, metaclass=M1): pass
print(type(F).__name__)
X = M1('X', (), {'a': 1})
print(type(X).__name__, X.a)
Y = type('Y', (A,), {})
print(type(Y).__name__)
print(type(Meta) is type, Meta.__mro__ == (Meta, type, object))

class Plain(Base, flavor='vanilla'):
    pass

class Registry(type):
    classes = []
    def __new__(mcs, name, bases, ns):
        cls = type.__new__(mcs, name, bases, ns)
        mcs.classes.append(name)
        return cls
    def __setattr__(cls, name, value):
        print("setattr", name, value)
        super().__setattr__(name, value)

class R1(metaclass=Registry): pass
class R2(R1): pass
print(Registry.classes)
R1.foo = 3
print(R1.foo, R2.foo)
print(Meta.__new__ is not type.__new__, type.__call__(Color, 7).x)
