# Default equality is identity; hashing works for plain objects
class Plain:
    def __init__(self, v):
        self.v = v

a = Plain(1)
b = Plain(1)
c = a
print(a == b, a == c, a != b, a is c)
s = {a, b, c}
print(len(s))
d = {a: "a"}
print(d[c], b in d)
print(hash(a) == hash(c))
print([a, b].index(c), [a, b].count(b))
print(Plain.__eq__(a, a), Plain.__eq__(a, b))
print(a.__ne__(b), a.__eq__(5))
