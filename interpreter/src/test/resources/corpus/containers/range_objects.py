# range: len, indexing, slicing, negative step, membership
r = range(10)
print(r, len(r), r[0], r[-1], r[3:6], list(r[::3]))
print(list(range(5, 0, -1)), list(range(0, 10, 3)), list(range(-3, 3)))
print(len(range(0, 10, 3)), len(range(10, 0, -3)), len(range(5, 5)), len(range(5, 0)))
print(list(range(10, 0, -3)), range(10, 0, -3)[1])
print(7 in range(0, 10, 7), 8 in range(0, 10, 7), -1 in range(0, -5, -1))
print(range(3) == range(0, 3), range(0) == range(5, 5), range(0, 3, 2) == range(0, 4, 2))
print(range(2 ** 64)[-1], 2 ** 63 in range(2 ** 64), range(2 ** 64)[2 ** 63])
print(range(0, 20, 5).index(15), range(0, 20, 5).count(7))
print(list(reversed(range(4))), sum(range(101)))
print(range(1, 10, 2)[::-1])
try:
    range(3)[3]
except IndexError as e:
    print(type(e).__name__, e)
try:
    range(0, 5, 0)
except ValueError as e:
    print(type(e).__name__, e)
print(repr(range(1, 5, 2)), str(range(0)))
