# a = b = value binds every target to the same object
a = b = []
a.append(1)
print(a, b, a is b)
x = y = z = 0
x += 1
print(x, y, z)
p = q = [0, 0]
p[0] = q[1] = 5
print(p, q)
i = lst = None
lst = [0, 0, 0]
i = lst[i] = 1
print(i, lst)
def val():
    print("val evaluated")
    return 3
m = n = val()
print(m, n)
first, second = third = (1, 2)
print(first, second, third)
