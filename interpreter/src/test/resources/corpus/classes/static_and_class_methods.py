# @staticmethod and @classmethod
class Temperature:
    unit = "C"
    def __init__(self, degrees):
        self.degrees = degrees
    @staticmethod
    def c_to_f(c):
        return c * 9 / 5 + 32
    @classmethod
    def from_f(cls, f):
        return cls((f - 32) * 5 / 9)
    @classmethod
    def describe(cls):
        return f"{cls.__name__} in {cls.unit}"

print(Temperature.c_to_f(100), Temperature(0).c_to_f(-40))
t = Temperature.from_f(212)
print(type(t).__name__, t.degrees)
class Kelvin(Temperature):
    unit = "K"
k = Kelvin.from_f(32)
print(type(k).__name__, k.degrees, Kelvin.describe(), Temperature.describe())
print(k.describe())
sm = Temperature.__dict__["c_to_f"]
cm = Temperature.__dict__["from_f"]
print(type(sm).__name__, type(cm).__name__)
class Counter:
    count = 0
    def __init__(self):
        Counter.increment()
    @classmethod
    def increment(cls):
        cls.count += 1
for _ in range(3):
    Counter()
print(Counter.count)
