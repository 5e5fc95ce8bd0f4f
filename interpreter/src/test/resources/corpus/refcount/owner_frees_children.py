# Freeing an object releases the objects it owns
class Tracked:
    def __init__(self, name, child=None):
        self.name = name
        self.child = child
    def __del__(self):
        print("del", self.name)

chain = Tracked("parent", Tracked("child", Tracked("grandchild")))
print("chain built")
chain = None
print("chain dropped")
outer = [[Tracked("nested")]]
print("nested list built")
outer[0] = None
print("inner list dropped")
box = {"list": [Tracked("deep")]}
del box
print("dict dropped")
tup = (Tracked("in-tuple"),)
tup = ()
print("tuple dropped")
print("end")
