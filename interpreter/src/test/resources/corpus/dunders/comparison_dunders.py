# Rich comparisons and sorting custom objects
class Version:
    def __init__(self, s):
        self.parts = tuple(int(p) for p in s.split("."))
    def __eq__(self, other):
        return self.parts == other.parts
    def __lt__(self, other):
        return self.parts < other.parts
    def __le__(self, other):
        return self.parts <= other.parts
    def __repr__(self):
        return "v" + ".".join(map(str, self.parts))

vs = [Version("1.10"), Version("1.2"), Version("0.9.9"), Version("1.2.1")]
print(sorted(vs))
print(max(vs), min(vs))
a, b = Version("2.0"), Version("2.0.0")
print(a == b, a < b, a <= b, a > b, a >= b, a != b)
print(Version("3") > Version("2"))
print(sorted(vs, reverse=True))
class OnlyLt:
    def __init__(self, v):
        self.v = v
    def __lt__(self, other):
        print(f"lt {self.v} {other.v}")
        return self.v < other.v
print(OnlyLt(1) > OnlyLt(2))
try:
    OnlyLt(1) <= OnlyLt(2)
except TypeError as e:
    print(type(e).__name__, e)
