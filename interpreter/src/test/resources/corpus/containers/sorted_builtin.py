# sorted() accepts any iterable and returns a new list
print(sorted([3, 1, 2]), sorted((3, 1, 2)), sorted("cba"), sorted({3: "a", 1: "b"}))
print(sorted(range(5), reverse=True), sorted({"b", "a", "c"}))
print(sorted(["a10", "a2", "a1"]), sorted(["a10", "a2", "a1"], key=lambda s: int(s[1:])))
people = [("ann", 30), ("bob", 25), ("cy", 30), ("dee", 25)]
print(sorted(people, key=lambda p: p[1]))
print(sorted(people, key=lambda p: (-p[1], p[0])))
print(sorted(x * x for x in range(-3, 4)))
orig = [2, 1]
new = sorted(orig)
print(orig, new, orig is new)
print(sorted([], reverse=True), sorted([1]))
print(sorted(["B", "a", "C"]), sorted(["B", "a", "C"], key=str.lower))
print(sorted([-1, 3, -2], key=abs, reverse=True))
print(sorted([0.5, -1, 2 ** 65, 3]))
