# operator: function forms of the operators, itemgetter/attrgetter/methodcaller
import operator
from operator import itemgetter, attrgetter, methodcaller

print(operator.add(2, 3), operator.sub(2, 3), operator.mul('ab', 3), operator.truediv(7, 2))
print(operator.floordiv(-7, 2), operator.mod(-7, 3), operator.neg(5), operator.pos(-5), operator.abs(-3))
print(operator.pow(2, 10), operator.lshift(1, 4), operator.rshift(256, 3), operator.invert(5), operator.inv(0))
print(operator.and_(12, 10), operator.or_(12, 10), operator.xor(12, 10), operator.not_(0), operator.truth([]))
print(operator.eq(1, 1.0), operator.ne(1, 2), operator.lt(1, 2), operator.le(2, 2), operator.gt('b', 'a'), operator.ge(1, 2))
print(operator.is_(None, None), operator.is_not(1, None), operator.contains([1, 2], 2), operator.countOf([1, 2, 1], 1), operator.indexOf('abc', 'c'))
d = {'a': 1}
operator.setitem(d, 'b', 2)
print(operator.getitem(d, 'b'), d)
operator.delitem(d, 'a')
print(d, operator.getitem([10, 20, 30], slice(1, None)))
print(operator.index(7), operator.concat([1], [2]), operator.length_hint(iter([1, 2, 3])), operator.length_hint(object(), 9))
lst = [1]
print(operator.iadd(lst, [2]) is lst, lst, operator.iadd(1, 2), operator.imul('x', 3), operator.isub(10, 4), operator.ior({1}, {2}))
try:
    operator.index(1.5)
except TypeError as e:
    print('TypeError', e)

rows = [('carol', 35, 'nyc'), ('alice', 30, 'sf'), ('bob', 30, 'la')]
print(sorted(rows, key=itemgetter(1, 0)))
print(itemgetter(2)('hello'), itemgetter(0, -1)('hello'), itemgetter('k')({'k': 'v'}))
print(repr(itemgetter(1)), repr(itemgetter(1, 'a')))


class Pt:
    def __init__(self, x, y, child=None):
        self.x, self.y, self.child = x, y, child

    def scaled(self, k, offset=0):
        return (self.x * k + offset, self.y * k + offset)


p = Pt(1, 2, Pt(3, 4))
print(attrgetter('x')(p), attrgetter('x', 'y')(p), attrgetter('child.y')(p), attrgetter('child.x', 'x')(p))
print(repr(attrgetter('a.b', 'c')))
try:
    attrgetter('nope')(p)
except AttributeError as e:
    print('AttributeError', e)
print(methodcaller('scaled', 2)(p), methodcaller('scaled', 3, offset=1)(p), methodcaller('upper')('abc'))
print(repr(methodcaller('scaled', 2, offset=1)))
print(list(map(operator.mul, [1, 2, 3], [4, 5, 6])), sorted(['bb', 'a', 'ccc'], key=len))
print(operator.__add__(1, 2), operator.__getitem__([5, 6], 1))
