# Slice get, set and delete
l = list(range(10))
print(l[2:5], l[::3], l[::-1], l[-3:])
l[2:5] = ["a", "b"]; print(l)
l[:0] = [-1]; print(l)
l[len(l):] = [100, 101]; print(l)
l[::2] = [0] * len(l[::2]); print(l)
del l[1:3]; print(l)
del l[::2]; print(l)
l[1:1] = "xyz"; print(l)
l[:] = [7, 8]; print(l)
try:
    l[::2] = [1, 2, 3]
except ValueError as e:
    print(type(e).__name__, e)
m = [1, 2, 3, 4, 5]
m[1:4] = []
print(m)
m = [1, 2, 3, 4, 5]
m[-2:] = [9]
print(m)
m[0] = m
print(len(m), m[0] is m)
