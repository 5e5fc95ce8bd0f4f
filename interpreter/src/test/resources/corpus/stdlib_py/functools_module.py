# functools: partial, reduce, wraps, lru_cache/cache, total_ordering, cmp_to_key,
# cached_property, singledispatch
import functools
from functools import partial, reduce, wraps, lru_cache, cache, total_ordering, cmp_to_key
from functools import cached_property, singledispatch
import operator

print(reduce(operator.add, [1, 2, 3, 4]), reduce(lambda a, b: a * b, range(1, 6), 10), reduce(max, [3, 9, 2]))
try:
    reduce(operator.add, [])
except TypeError as e:
    print('TypeError', e)

base2 = partial(int, base=2)
print(base2('1011'), base2.func is int, base2.args, base2.keywords)
pw = partial(pow, 2)
print(pw(10), repr(pw), repr(partial(max, 1, key=abs)))
pp = partial(partial(max, 1), 5)
print(pp(3), pp.args)


def deco(func):
    @wraps(func)
    def wrapper(*args, **kwargs):
        """wrapper doc"""
        return ('wrapped', func(*args, **kwargs))
    return wrapper


@deco
def greet(name):
    """Say hello."""
    return 'hello ' + name


print(greet('bob'), greet.__name__, greet.__doc__, greet.__wrapped__('x'))

calls = []


@lru_cache(maxsize=2)
def square(n):
    calls.append(n)
    return n * n


print([square(i) for i in (1, 2, 1, 3, 1, 2)], calls)
print(square.cache_info())
square.cache_clear()
print(square.cache_info(), square.cache_info().hits, square.cache_parameters())


@lru_cache
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


print(fib(80), fib.cache_info())


@cache
def fact(n):
    return 1 if n == 0 else n * fact(n - 1)


print(fact(20), fact.cache_info().misses)


@lru_cache(maxsize=None, typed=True)
def kind(x):
    return type(x).__name__


print(kind(1), kind(1.0), kind(True), kind.cache_info().currsize)


@total_ordering
class Version:
    def __init__(self, *parts):
        self.parts = parts

    def __eq__(self, other):
        return self.parts == other.parts

    def __lt__(self, other):
        return self.parts < other.parts

    def __repr__(self):
        return 'V' + '.'.join(map(str, self.parts))


a, b = Version(1, 2), Version(1, 10)
print(a < b, a <= b, a > b, a >= b, b >= a, sorted([b, a, Version(0, 9)]))


def compare_len_then_alpha(x, y):
    if len(x) != len(y):
        return len(x) - len(y)
    return (x > y) - (x < y)


print(sorted(['pear', 'fig', 'apple', 'kiwi', 'date'], key=cmp_to_key(compare_len_then_alpha)))


class Circle:
    def __init__(self, r):
        self.r = r
        self.computed = 0

    @cached_property
    def area(self):
        self.computed += 1
        return 3 * self.r * self.r


c = Circle(2)
print(c.area, c.area, c.computed, 'area' in c.__dict__)
del c.area
print(c.area, c.computed)


@singledispatch
def describe(x):
    return 'object'


@describe.register(int)
def _(x):
    return 'int %d' % x


@describe.register
def _(x: list):
    return 'list of %d' % len(x)


print(describe(3), describe([1, 2]), describe('s'), describe(True), describe.dispatch(bool).__name__)
