# An object is freed only when its last reference disappears
class Tracked:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("del", self.name)

a = Tracked("shared")
b = a
holder = [a]
mapping = {"k": a}
print("four references")
del a
print("three left")
b = None
print("two left")
holder.pop()
print("one left")
mapping.clear()
print("none left")
class Box:
    pass
box = Box()
box.item = Tracked("in-box")
other = box.item
box.item = None
print("box cleared, other still refers")
other = None
print("end")
