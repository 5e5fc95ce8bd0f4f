# Rebinding the only reference frees the object immediately
class Tracked:
    def __init__(self, name):
        self.name = name
        print("create", name)
    def __del__(self):
        print("del", self.name)

x = Tracked("first")
print("before rebind")
x = None
print("after rebind to None")
y = Tracked("a")
y = Tracked("b")
print("after rebind to another object")
y = 42
print("after rebind to int")
for i in range(3):
    z = Tracked(f"loop{i}")
    print("iteration", i, "done")
print("loop finished")
del z
print("end")
