# copy, clear, aliasing
a = [1, [2, 3]]
b = a.copy()
c = a
d = a[:]
e = list(a)
b.append(4)
print(a, b)
b[1].append(99)
print(a, b, d, e)
print(a is c, a is b, a[1] is b[1])
c.clear()
print(a, c, d)
x = [0] * 3
y = [[0]] * 3
y[0].append(1)
print(x, y)
z = [[0] for _ in range(3)]
z[0].append(1)
print(z)
del d[:]
print(d, len(d))
