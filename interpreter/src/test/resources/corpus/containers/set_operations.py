# Set methods and operators (printed in sorted order)
a = {1, 2, 3, 4}
b = {3, 4, 5}
print(sorted(a | b), sorted(a & b), sorted(a - b), sorted(b - a), sorted(a ^ b))
print(sorted(a.union(b)), sorted(a.intersection(b)), sorted(a.difference(b)), sorted(a.symmetric_difference(b)))
a.add(10); a.add(1)
print(sorted(a), len(a))
a.discard(10); a.discard(99)
print(sorted(a))
a.remove(4)
print(sorted(a))
try:
    a.remove(99)
except KeyError as e:
    print(type(e).__name__, e)
print(3 in a, 4 in a, {1, 2} <= {1, 2, 3}, {1, 2} < {1, 2}, {1, 2, 3} >= {3})
print({1, 2}.isdisjoint({3}), {1}.issubset([1, 2]), {1, 2}.issuperset((1,)))
s = set()
for w in ["pear", "apple", "pear", "fig", "apple"]:
    s.add(w)
print(sorted(s), len(s))
c = {1, 2}
c |= {3}; c &= {2, 3}; c -= {9}
print(sorted(c))
print(sorted({x % 3 for x in range(10)}))
print(set(), {0}, {0, 1, 2})
fs = frozenset([3, 1])
print(sorted(fs), {fs: "frozen"}[frozenset({1, 3})])
try:
    {[1]}
except TypeError as e:
    print(type(e).__name__, e)
print(a.pop() in {1, 2, 3}, len(a))
