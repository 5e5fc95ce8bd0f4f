# __eq__ with __hash__ makes objects usable as set members and dict keys
class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __eq__(self, other):
        return isinstance(other, Point) and (self.x, self.y) == (other.x, other.y)
    def __hash__(self):
        return hash((self.x, self.y))
    def __repr__(self):
        return f"P({self.x},{self.y})"

pts = {Point(1, 2), Point(1, 2), Point(2, 1)}
print(len(pts), Point(1, 2) in pts, Point(9, 9) in pts)
d = {Point(0, 0): "origin"}
print(d[Point(0, 0)], d.get(Point(1, 1), "none"))
print(Point(1, 2) == Point(1, 2), Point(1, 2) != Point(1, 3), Point(1, 2) == (1, 2))
print([Point(1, 1), Point(2, 2)].index(Point(2, 2)), Point(2, 2) in [Point(2, 2)])
class EqOnly:
    def __eq__(self, other):
        return True
try:
    hash(EqOnly())
except TypeError as e:
    print(type(e).__name__, e)
print(EqOnly.__hash__)
try:
    {EqOnly()}
except TypeError as e:
    print(type(e).__name__, e)
print(EqOnly() == 5, 5 == EqOnly())
