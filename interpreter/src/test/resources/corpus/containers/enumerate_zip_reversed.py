# enumerate, zip, reversed
names = ["ann", "bob", "cy"]
for i, n in enumerate(names):
    print(i, n)
print(list(enumerate(names, start=1)))
print(list(enumerate("ab", 10)))
ages = [30, 25]
print(list(zip(names, ages)))
print(list(zip(names, ages, "XYZ")))
print(list(zip()), list(zip([1, 2])))
keys, vals = zip(*[("a", 1), ("b", 2), ("c", 3)])
print(keys, vals)
print(dict(zip(names, range(3))))
print(list(reversed(names)), list(reversed((1, 2, 3))), "".join(reversed("abc")))
try:
    reversed({1: 2}.items()) and None
    print("reversed items ok")
except TypeError as e:
    print(type(e).__name__, e)
try:
    reversed(x for x in [1])
except TypeError as e:
    print(type(e).__name__, e)
e = enumerate(["p", "q"])
print(next(e), next(e))
try:
    list(zip([1, 2], [3], strict=True))
except ValueError as e:
    print(type(e).__name__, e)
