# __dict__ of instances and classes
class Point:
    dims = 2
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def norm1(self):
        return abs(self.x) + abs(self.y)

p = Point(3, -4)
print(p.__dict__)
p.z = 0
print(p.__dict__)
p.__dict__["w"] = 9
print(p.w, p.norm1())
del p.__dict__["z"]
print(p.__dict__, hasattr(p, "z"))
print("norm1" in Point.__dict__, "x" in Point.__dict__, Point.__dict__["dims"])
vars(p)["x"] = 100
print(p.x, vars(p) is p.__dict__)
q = Point(1, 1)
print(q.__dict__ == {"x": 1, "y": 1})
