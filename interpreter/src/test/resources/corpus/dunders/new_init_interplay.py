# __new__ receives constructor arguments; __init__ only runs for instances of cls
class Tracker:
    log = []
    def __new__(cls, *args, **kwargs):
        Tracker.log.append(("new", cls.__name__, args, kwargs))
        return super().__new__(cls)
    def __init__(self, a, b=0):
        Tracker.log.append(("init", a, b))
        self.total = a + b

t = Tracker(1, b=2)
print(t.total)
for entry in Tracker.log:
    print(entry)
class Sub(Tracker):
    def __init__(self, a):
        super().__init__(a, 100)
print(Sub(5).total)
print(Tracker.log[-2:])
class Cached:
    _cache = {}
    def __new__(cls, key):
        if key not in cls._cache:
            cls._cache[key] = super().__new__(cls)
        return cls._cache[key]
    def __init__(self, key):
        print("init", key)
        self.key = key
x = Cached("a")
y = Cached("a")
print(x is y, x.key)
