# callable, hasattr, getattr, setattr, delattr
class Box:
    size = 3
    def method(self):
        return "m"

b = Box()
print(callable(Box), callable(b), callable(b.method), callable(len), callable(5), callable(lambda: 0))
print(hasattr(b, "size"), hasattr(b, "color"), hasattr(b, "method"))
print(getattr(b, "size"), getattr(b, "color", "none"), getattr(b, "method")())
setattr(b, "color", "red")
print(b.color, hasattr(b, "color"), b.__dict__)
delattr(b, "color")
print(hasattr(b, "color"), b.__dict__)
try:
    getattr(b, "color")
except AttributeError as e:
    print(type(e).__name__, e)
try:
    delattr(b, "color")
except AttributeError as e:
    print(type(e).__name__, e)
setattr(Box, "shared", 1)
print(b.shared, Box.shared)
name = "si" + "ze"
print(getattr(b, name), getattr(Box, name))
print(getattr([1, 2], "count")(1), hasattr("s", "upper"))
