# __iadd__ mutates in place; without it += falls back to __add__
class Bag:
    def __init__(self, items):
        self.items = list(items)
    def __iadd__(self, other):
        print("iadd")
        self.items.extend(other)
        return self
    def __add__(self, other):
        print("add")
        return Bag(self.items + list(other))
    def __repr__(self):
        return f"Bag({self.items})"

b = Bag([1])
alias = b
b += [2, 3]
print(b, alias, b is alias)
c = b + [4]
print(c, c is b)
class Frozen:
    def __init__(self, n):
        self.n = n
    def __add__(self, other):
        print("add fallback")
        return Frozen(self.n + other)
f = Frozen(1)
g = f
f += 10
print(f.n, g.n, f is g)
class Weird:
    def __iadd__(self, other):
        return "iadd returned a string"
w = Weird()
w += 1
print(w)
class NoIadd:
    def __iadd__(self, other):
        return NotImplemented
    def __add__(self, other):
        return "used __add__"
n = NoIadd()
n += 1
print(n)
