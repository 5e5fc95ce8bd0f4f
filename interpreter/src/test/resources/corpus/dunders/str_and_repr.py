# print uses __str__; containers use __repr__ of their elements
class Both:
    def __str__(self):
        return "Both-str"
    def __repr__(self):
        return "Both-repr"
class ReprOnly:
    def __repr__(self):
        return "ReprOnly()"

b = Both()
r = ReprOnly()
print(b, r)
print(str(b), repr(b), str(r), repr(r))
print([b, r], (b,), {"k": b}, {1: r})
print("%s %r" % (b, b))
print(f"{b} {b!r}")
print(str([b]), repr([b]))
class Nested:
    def __init__(self, child):
        self.child = child
    def __repr__(self):
        return f"Nested({self.child!r})"
print(Nested(Nested([b, "s"])))
class BadStr:
    def __str__(self):
        return 42
try:
    str(BadStr())
except TypeError as e:
    print(type(e).__name__, e)
