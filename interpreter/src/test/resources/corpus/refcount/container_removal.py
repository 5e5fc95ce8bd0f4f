# Removing an object from a container frees it when that was the last reference
class Tracked:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("del", self.name)

lst = [Tracked("l0"), Tracked("l1")]
print("list built")
lst.pop()
print("after pop")
lst.remove(lst[0])
print("after remove", len(lst))
d = {"k": Tracked("dv"), "j": Tracked("dj")}
del d["k"]
print("after del d['k']")
d.pop("j")
print("after d.pop('j')")
lst2 = [Tracked("single")]
lst2.clear()
print("after clear")
s = [Tracked("slice0"), Tracked("slice1")]
del s[0]
print("after del s[0]")
s[0] = "replacement"
print("after item assignment")
d2 = {"x": Tracked("old value")}
d2["x"] = "new value"
print("after overwriting dict value")
print("end")
