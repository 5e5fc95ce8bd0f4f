# isinstance / issubclass with class hierarchies
class Shape: pass
class Polygon(Shape): pass
class Square(Polygon): pass
class Circle(Shape): pass
shapes = [Shape(), Polygon(), Square(), Circle()]
for s in shapes:
    print(type(s).__name__, isinstance(s, Shape), isinstance(s, Polygon), isinstance(s, (Square, Circle)))
print(issubclass(Square, Shape), issubclass(Square, Square), issubclass(Circle, Polygon))
print(issubclass(Square, object), isinstance(Square, type), type(Square).__name__)
sq = Square()
print(type(sq) is Square, type(sq) is Polygon, type(sq) == Square)
print(sq.__class__.__name__, sq.__class__ is Square, Square.__name__, Square.__qualname__)
print([c.__name__ for c in Shape.__subclasses__()])
print(isinstance(True, Shape), isinstance(None, object))
