# __call__ makes instances callable
class Multiplier:
    def __init__(self, factor):
        self.factor = factor
        self.calls = 0
    def __call__(self, x, *rest, **kw):
        self.calls += 1
        return x * self.factor, rest, kw

triple = Multiplier(3)
print(triple(5), triple("ab", 1, k=2))
print(triple.calls, callable(triple), callable(Multiplier))
print(list(map(Multiplier(2), [1, 2]))[0][0])
class CountCalls:
    def __init__(self, fn):
        self.fn = fn
        self.count = 0
    def __call__(self, *args):
        self.count += 1
        return self.fn(*args)
@CountCalls
def add(a, b):
    return a + b
print(add(1, 2), add(3, 4), add.count, type(add).__name__)
