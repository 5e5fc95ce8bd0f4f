# itertools: infinite iterators, combinatorics, grouping and filtering tools
import itertools as it
from itertools import islice, count, cycle, repeat, chain

print(list(islice(count(), 5)), list(islice(count(10, -2.5), 4)), repr(count(3)), repr(count(1, 2)))
print(list(islice(cycle('abc'), 7)), list(repeat('x', 3)), repr(repeat(1, 2)), list(islice(repeat(0), 2)))
print(list(chain('ab', [1, 2], ())), list(chain.from_iterable(['xy', 'z'])))
print(list(islice('abcdefg', 2)), list(islice('abcdefg', 2, 4)), list(islice('abcdefg', 1, None, 2)), list(islice('abc', 0)))
src = iter(range(10))
print(list(islice(src, 3)), next(src), list(islice(src, 1, 3)), next(src))
for bad in [(-1,), (1, -2), ('a',)]:
    try:
        islice('abc', *bad)
    except ValueError as e:
        print('ValueError', e)
try:
    islice('abc', 0, 2, 0)
except ValueError as e:
    print('ValueError', e)

print(list(it.product('ab', [0, 1])), len(list(it.product(range(3), repeat=3))))
print(list(it.product()), list(it.product('ab', [])))
print(list(it.permutations('abc')), list(it.permutations(range(3), 2)))
print(list(it.combinations('abcd', 2)), list(it.combinations(range(3), 5)))
print(list(it.combinations_with_replacement('abc', 2)))
print(list(it.accumulate([1, 2, 3, 4])), list(it.accumulate([3, 1, 4, 1, 5], max)),
      list(it.accumulate([1, 2, 3], initial=100)), list(it.accumulate([], initial=0)))
print(list(it.accumulate([1, 2, 3, 4], lambda a, b: a * b)))
groups = [(k, list(g)) for k, g in it.groupby('aaabccaa')]
print(groups)
words = ['apple', 'avocado', 'banana', 'blueberry', 'cherry']
print([(k, list(g)) for k, g in it.groupby(words, key=lambda w: w[0])])
outer = it.groupby('aabb')
k1, g1 = next(outer)
k2, g2 = next(outer)
print(k1, list(g1), k2, list(g2))
print(list(it.zip_longest('abc', [1], fillvalue='-')), list(it.zip_longest()))
print(list(it.starmap(pow, [(2, 5), (3, 2)])), list(it.takewhile(lambda x: x < 5, [1, 4, 6, 4, 1])))
print(list(it.dropwhile(lambda x: x < 5, [1, 4, 6, 4, 1])), list(it.filterfalse(lambda x: x % 2, range(10))))
print(list(it.filterfalse(None, [0, 1, '', 'a'])), list(it.compress('ABCDEF', [1, 0, 1, 0, 1, 1])))
print(list(it.pairwise('abcd')), list(it.pairwise([1])))
a, b = it.tee(iter([1, 2, 3]))
print(next(a), next(a), list(b), list(a))
x, y, z = it.tee('xy', 3)
print(list(x), list(y), list(z), it.tee('a', 0))
evens = filter(lambda n: n % 2 == 0, count())
print(list(islice(evens, 5)))
print(sum(1 for _ in it.permutations(range(6))), list(it.islice(it.product('01', repeat=4), 3, 6)))
