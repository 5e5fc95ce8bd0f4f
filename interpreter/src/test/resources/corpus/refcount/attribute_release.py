# Replacing or deleting attributes releases the old value
class Tracked:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("del", self.name)

class Owner:
    pass

o = Owner()
o.a = Tracked("attr-a")
o.b = Tracked("attr-b")
print("attributes set")
o.a = Tracked("attr-a2")
print("a replaced")
del o.b
print("b deleted")
setattr(o, "a", None)
print("a set to None via setattr")
o.c = Tracked("attr-c")
o.__dict__.pop("c")
print("c popped from __dict__")
class WithClassAttr:
    shared = Tracked("class-level")
print("class defined")
WithClassAttr.shared = 0
print("class attribute replaced")
