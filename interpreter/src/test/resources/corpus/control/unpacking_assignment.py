# Tuple, list and starred unpacking in assignments
a, b = 1, 2
print(a, b)
a, b = b, a
print(a, b)
[c, d] = "xy"
print(c, d)
first, *rest = [1, 2, 3, 4]
print(first, rest)
*init, last = range(5)
print(init, last)
h, *mid, t = "abcdef"
print(h, mid, t)
x, *empty, y = [1, 2]
print(x, empty, y)
(p, q), r = (1, 2), 3
print(p, q, r)
(m, (n, o)), *z = [(1, (2, 3)), 4, 5]
print(m, n, o, z)
a, b, c = {"k1": 1, "k2": 2, "k3": 3}
print(a, b, c)
try:
    a, b = [1, 2, 3]
except ValueError as e:
    print(type(e).__name__, e)
try:
    a, b, c = [1, 2]
except ValueError as e:
    print(type(e).__name__, e)
try:
    a, *b, c = [1]
except ValueError as e:
    print(type(e).__name__, e)
try:
    a, b = 5
except TypeError as e:
    print(type(e).__name__, e)
