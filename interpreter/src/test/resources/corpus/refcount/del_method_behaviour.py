# __del__ can read the object's state; it runs exactly once
class Resource:
    open_count = 0
    def __init__(self, name):
        self.name = name
        Resource.open_count += 1
        print("open", name, "count", Resource.open_count)
    def __del__(self):
        Resource.open_count -= 1
        print("close", self.name, "count", Resource.open_count)

def use(n):
    r = Resource(f"res{n}")
    return n * 2
for i in range(3):
    print("result", use(i))
a = Resource("a")
b = Resource("b")
a, b = b, a
print("swapped, nothing freed")
a = b
print("a rebound to b's object")
del a, b
print("remaining", Resource.open_count)
r = Resource("explicit")
r.__del__()
print("explicit call does not free")
r = None
print("end", Resource.open_count)
