# __getitem__, __setitem__, __delitem__, __contains__
class Grid:
    def __init__(self):
        self.cells = {}
    def __getitem__(self, key):
        print("get", key)
        return self.cells.get(key, 0)
    def __setitem__(self, key, value):
        print("set", key, value)
        self.cells[key] = value
    def __delitem__(self, key):
        print("del", key)
        del self.cells[key]
    def __contains__(self, key):
        return key in self.cells

g = Grid()
g[1, 2] = "x"
print(g[1, 2], g[0, 0])
print((1, 2) in g, (5, 5) in g, (5, 5) not in g)
g[1, 2] += "y"
print(g.cells)
del g[1, 2]
print(g.cells)
class Seq:
    def __getitem__(self, idx):
        return idx
s = Seq()
print(s[3], s[1:5], s[::2], s[1:2, 3], s[...])
try:
    del s[0]
except (TypeError, AttributeError) as e:
    print(type(e).__name__, e)
