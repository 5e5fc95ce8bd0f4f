# __int__, __float__, __index__ and __format__-free conversions
class Meters:
    def __init__(self, value):
        self.value = value
    def __int__(self):
        print("__int__")
        return int(self.value)
    def __float__(self):
        print("__float__")
        return float(self.value)

class Pos:
    def __init__(self, n):
        self.n = n
    def __index__(self):
        return self.n

m = Meters(3.75)
print(int(m))
print(float(m))
p = Pos(2)
data = ["a", "b", "c", "d"]
print(data[p], data[Pos(1):Pos(3)], "xyz"[Pos(-1)])
print(hex(Pos(255)), bin(Pos(5)), oct(Pos(8)))
print(list(range(Pos(3))), [0] * Pos(2), int(Pos(7)))
try:
    data[m]
except TypeError as e:
    print(type(e).__name__, e)
print(float(Pos(1)), complex(1, 0) == 1)
class Plain:
    pass
try:
    int(Plain())
except TypeError as e:
    print(type(e).__name__, e)
