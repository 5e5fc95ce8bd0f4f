# iter() and next() with default
it = iter([1, 2, 3])
print(next(it), next(it), next(it), next(it, "default"), next(it, None))
try:
    next(it)
except StopIteration as e:
    print(type(e).__name__, repr(e), e.args)
s = iter("ab")
print(next(s), next(s), next(s, "end"))
d = iter({"x": 1, "y": 2})
print(list(d))
it2 = iter(range(5))
print(next(it2), list(it2), list(it2))
i3 = iter([10, 20])
print(iter(i3) is i3)
try:
    next([1, 2])
except TypeError as e:
    print(type(e).__name__, e)
try:
    iter(42)
except TypeError as e:
    print(type(e).__name__, e)
vals = [1, 2, 3, 0, 4]
pos = iter(vals)
print(list(iter(lambda: next(pos), 0)))
