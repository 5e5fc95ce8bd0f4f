# Dict access, get, setdefault, pop, del, in
d = {"a": 1, "b": 2}
d["c"] = 3
print(d, len(d), d["a"])
print(d.get("a"), d.get("z"), d.get("z", 0))
print(d.setdefault("a", 100), d.setdefault("e", 5), d)
print(d.pop("e"), d.pop("z", "none"), d)
del d["b"]
print(d, "b" in d, "a" in d, "b" not in d)
try:
    d["missing"]
except KeyError as e:
    print(type(e).__name__, e, repr(e), e.args)
try:
    d.pop("gone")
except KeyError as e:
    print(type(e).__name__, e)
try:
    del d["nope"]
except KeyError as e:
    print(type(e).__name__, e)
try:
    d[[1]] = 0
except TypeError as e:
    print(type(e).__name__, e)
d[3] = "int key"
d[(1, 2)] = "tuple key"
print(d)
print(d.popitem(), d)
d.clear()
print(d, len(d))
