# @property with setter and deleter
class Circle:
    def __init__(self, radius):
        self.radius = radius
    @property
    def radius(self):
        print("get radius")
        return self._radius
    @radius.setter
    def radius(self, value):
        print("set radius", value)
        if value < 0:
            raise ValueError("radius must be non-negative")
        self._radius = value
    @radius.deleter
    def radius(self):
        print("delete radius")
        del self._radius
    @property
    def diameter(self):
        return self.radius * 2

c = Circle(3)
print(c.radius)
print(c.diameter)
c.radius = 5
try:
    c.radius = -1
except ValueError as e:
    print("ValueError", e)
del c.radius
print(hasattr(c, "_radius"))
try:
    c.diameter = 10
except AttributeError as e:
    print("AttributeError", e)
print(type(Circle.radius).__name__)
