# del of the last reference runs __del__ before the next statement
class Tracked:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("del", self.name)

a = Tracked("a")
print("created a")
del a
print("after del a")
b = Tracked("b")
c = Tracked("c")
del b, c
print("after del b, c")
d = Tracked("d")
e = d
del d
print("after del d (e still refers)")
del e
print("after del e")
f = Tracked("f")
g = [f]
del f
print("after del f (list still refers)")
del g
print("after del list")
