# Annotated assignments and __annotations__
x: int = 5
y: str
z: list = [1, 2]
print(x, z)
print(__annotations__)
try:
    print(y)
except NameError as e:
    print(type(e).__name__, e)
def f(a: int, b: str = "b") -> str:
    v: int = a * 2
    return b * v
print(f(2), f.__annotations__)
class P:
    count: int = 0
    label: str
    def __init__(self):
        self.value: float = 1.5
print(P.count, P.__annotations__, P().value)
w: "any expression" = "ok"
print(w)
