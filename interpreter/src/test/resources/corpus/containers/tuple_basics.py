# Tuple packing, unpacking, comparison and hashing
t = 1, "two", 3.0
print(t, len(t), t[1], t[-1], t[::-1])
a, b, c = t
print(a, b, c)
x, y = y, x = 1, 2
print(x, y)
p, q = 10, 20
p, q = q, p
print(p, q)
single = (5,)
print(single, len(single), (5) == 5)
print((1, 2) + (3,), (0,) * 3, (1, 2) < (1, 3), (1, 2, 0) > (1, 2))
print(t.count(1), t.index("two"), 1 in t)
d = {(0, 0): "origin", (1, 0): "east"}
print(d[(0, 0)], d[1, 0])
print(hash((1, 2)) == hash((1, 2)), hash((1, "a")) == hash((1, "a")))
try:
    hash((1, [2]))
except TypeError as e:
    print(type(e).__name__, e)
try:
    t[0] = 9
except TypeError as e:
    print(type(e).__name__, e)
print(tuple([1, 2]), tuple(), tuple("hi"), tuple(range(3)))
nested = ((1, 2), (3, (4, 5)))
print(nested[1][1][0])
