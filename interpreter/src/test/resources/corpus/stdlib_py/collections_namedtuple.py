# collections.namedtuple and collections.abc base classes
from collections import namedtuple
import collections.abc as cabc

Point = namedtuple('Point', ['x', 'y'])
p = Point(3, y=4)
print(p, p.x, p[1], len(p), p == (3, 4), tuple(p), isinstance(p, tuple), hash(p) == hash((3, 4)))
x, y = p
print(x + y, p._fields, p._asdict(), p._replace(x=10), Point._make([5, 6]), p.count(3), p.index(4))
print(Point.__name__, Point.__doc__, Point.x.__doc__, sorted([Point(2, 1), Point(1, 2)]))
Person = namedtuple('Person', 'name age city', defaults=['nowhere'])
print(Person('ann', 30), Person._field_defaults, Person('bo', 2, city='x'))
R = namedtuple('R', 'a, b, a, class', rename=True)
print(R._fields)
for bad in [('T', 'a 1b'), ('T', 'a class'), ('T', 'a _b'), ('T', 'a a'), ('1T', 'a')]:
    try:
        namedtuple(*bad)
    except ValueError as e:
        print('ValueError', e)
try:
    Point(1)
except TypeError as e:
    print('TypeError', e)
try:
    p._replace(z=1)
except ValueError as e:
    print('ValueError', e)
try:
    Point._make([1, 2, 3])
except TypeError as e:
    print('TypeError', e)
try:
    p.x = 5
except AttributeError:
    print('AttributeError: read-only field')


class Vec(namedtuple('Vec', 'x y')):
    __slots__ = ()

    def __add__(self, other):
        return Vec(self.x + other.x, self.y + other.y)

    @property
    def norm2(self):
        return self.x ** 2 + self.y ** 2


v = Vec(1, 2) + Vec(3, 4)
print(v, v.norm2, type(v).__name__, {Point(1, 2): 'a'}[Point(1, 2)])


class Stack(cabc.MutableSequence):
    def __init__(self):
        self._items = []

    def __getitem__(self, i):
        return self._items[i]

    def __setitem__(self, i, v):
        self._items[i] = v

    def __delitem__(self, i):
        del self._items[i]

    def __len__(self):
        return len(self._items)

    def insert(self, i, v):
        self._items.insert(i, v)


s = Stack()
s.extend([3, 1, 2])
s.append(9)
s.reverse()
print(list(s), s.pop(), s.index(1), s.count(3), 3 in s, list(reversed(s)), isinstance(s, cabc.Sequence))
s += [7]
s.remove(1)
print(list(s), isinstance(s, cabc.Iterable), isinstance(s, cabc.Sized))


class Registry(cabc.Mapping):
    def __init__(self, **kw):
        self._d = dict(kw)

    def __getitem__(self, k):
        return self._d[k]

    def __iter__(self):
        return iter(self._d)

    def __len__(self):
        return len(self._d)


r = Registry(a=1, b=2)
print(r['a'], r.get('z', 0), 'b' in r, list(r.keys()), list(r.values()), list(r.items()), r == {'a': 1, 'b': 2}, len(r))
try:
    class Broken(cabc.Mapping):
        pass
    Broken()
except TypeError as e:
    print('TypeError', e)


class OddSet(cabc.Set):
    def __init__(self, it):
        self._s = [x for x in it if x % 2]

    def __contains__(self, x):
        return x in self._s

    def __iter__(self):
        return iter(self._s)

    def __len__(self):
        return len(self._s)


o = OddSet(range(10))
print(sorted(o & OddSet([1, 3, 11])), sorted(o | OddSet([11])), o <= OddSet(range(20)), o.isdisjoint(OddSet([2])))
