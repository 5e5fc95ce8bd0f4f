# __radd__, __rmul__ and friends are tried when the left operand gives up
class Money:
    def __init__(self, cents):
        self.cents = cents
    def __add__(self, other):
        if isinstance(other, Money):
            return Money(self.cents + other.cents)
        if isinstance(other, int):
            return Money(self.cents + other)
        return NotImplemented
    def __radd__(self, other):
        print("radd called with", other)
        return self.__add__(other)
    def __mul__(self, k):
        return Money(self.cents * k)
    __rmul__ = __mul__
    def __rsub__(self, other):
        return Money(other - self.cents)
    def __repr__(self):
        return f"Money({self.cents})"

m = Money(150)
print(m + 50, m + Money(1))
print(50 + m)
print(sum([Money(1), Money(2), Money(3)]))
print(3 * m, m * 3)
print(1000 - m)
try:
    print(m + "x")
except TypeError as e:
    print(type(e).__name__, e)
try:
    print("x" + m)
except TypeError as e:
    print(type(e).__name__, e)
