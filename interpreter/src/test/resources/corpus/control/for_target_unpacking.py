# Unpacking in for-loop targets
pairs = [(1, "a"), (2, "b")]
for num, letter in pairs:
    print(num, letter)
for i, (num, letter) in enumerate(pairs):
    print(i, num, letter)
for first, *rest in [[1, 2, 3], [4], [5, 6]]:
    print(first, rest)
for (a, b), c in [((1, 2), 3), ((4, 5), 6)]:
    print(a + b + c)
d = {"x": 1, "y": 2}
for k, v in d.items():
    print(k, "->", v)
for a, b in zip("ab", "cd"):
    print(a + b)
class Holder:
    pass
h = Holder()
for h.attr in range(3):
    pass
print(h.attr)
lst = [0, 0]
for lst[0] in [7, 8]:
    pass
print(lst)
