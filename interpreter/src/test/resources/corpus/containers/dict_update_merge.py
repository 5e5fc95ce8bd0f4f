# update, {**a, **b}, | and dict() constructor
a = {"x": 1, "y": 2}
b = {"y": 20, "z": 30}
c = dict(a)
c.update(b)
print(c)
c.update([("w", 0)], v=5)
print(c)
print({**a, **b}, {**b, **a})
print(a | b, b | a)
e = dict(a)
e |= {"q": 9}
print(e)
print(dict(one=1, two=2), dict([("k", "v"), ("k2", "v2")]), dict(zip("ab", [1, 2])))
print(dict.fromkeys(["a", "b"]), dict.fromkeys("xy", 0))
print(a == {"y": 2, "x": 1}, a != b)
try:
    dict([1, 2])
except TypeError as e:
    print(type(e).__name__, e)
print(a.copy() == a, a.copy() is a)
