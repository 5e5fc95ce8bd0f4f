# Augmented assignment on names, attributes and subscripts
class C:
    def __init__(self):
        self.n = 1
        self.items = [1]

c = C()
c.n += 10
c.n *= 2
print(c.n)
c.items += [2]
print(c.items)
d = {"k": 1}
d["k"] += 5
d["k"] **= 2
print(d)
lst = [1, 2, 3]
lst[0] -= 10
lst[-1] *= 3
print(lst)
lst[1:2] += [99]
print(lst)
def key():
    print("key evaluated")
    return "k"
d[key()] += 1
print(d)
nested = [[0, 0], [0, 0]]
nested[1][0] += 7
print(nested)
s = "x"
s += "y" * 2
print(s)
try:
    undefined_counter += 1
except NameError as e:
    print(type(e).__name__, e)
