# del of names, items, slices and attributes
a = 1
del a
try:
    print(a)
except NameError as e:
    print(type(e).__name__, e)
lst = list(range(8))
del lst[0]
print(lst)
del lst[-1]
print(lst)
del lst[1:3]
print(lst)
del lst[::2]
print(lst)
d = {"a": 1, "b": 2, "c": 3}
del d["b"]
print(d)
class O:
    pass
o = O()
o.x = 1
o.y = 2
del o.x
print(o.__dict__)
try:
    del o.x
except AttributeError as e:
    print(type(e).__name__, e)
p, q = 1, 2
del p, q
print("p" in dir(), "q" in dir())
m = [[1, 2], [3, 4]]
del m[0][1], m[1]
print(m)
