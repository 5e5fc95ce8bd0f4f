# Generator expressions capture variables from their scope lazily
n = 1
g = (n * x for x in range(3))
n = 10
print(list(g))
def make():
    k = 2
    return (k * x for x in range(3))
print(list(make()))
items = [1, 2, 3]
g2 = (i for i in items)
items.append(4)
print(list(g2))
items2 = [1, 2]
g3 = (i for i in items2)
items2 = [9, 9, 9]
print(list(g3))
print(sum(x for x in range(5)), "x" in dir())
