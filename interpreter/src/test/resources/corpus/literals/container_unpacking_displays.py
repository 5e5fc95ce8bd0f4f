# * and ** unpacking inside displays
a = [1, 2]
b = (3, 4)
print([*a, *b])
print((*a, 0, *b))
print([*range(3), *"ab"])
print({*a, *b})
d1 = {'x': 1, 'y': 2}
d2 = {'y': 20, 'z': 30}
print({**d1, **d2})
print({**d2, **d1})
print({**d1, 'y': 99, **{'w': 0}})
print([*[], *()])
first, *rest = [*a, *b]
print(first, rest)
print((*a,))
print([*a] is a, [*a] == a)
print({**{}}, {*()})
print(*a, *b)
print(*"xyz", sep="-")
