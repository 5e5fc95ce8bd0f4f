# __iter__ and __next__ drive for loops
class Countdown:
    def __init__(self, start):
        self.current = start
    def __iter__(self):
        return self
    def __next__(self):
        if self.current <= 0:
            raise StopIteration
        self.current -= 1
        return self.current + 1

for n in Countdown(3):
    print(n)
print(list(Countdown(5)), sum(Countdown(4)))
c = Countdown(2)
print(next(c), next(c), next(c, "done"))
class Range2:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        i = 0
        while i < self.n:
            yield i
            i += 1
r = Range2(3)
print(list(r), list(r), [x * y for x in r for y in r])
a, b, c = Range2(3)
print(a, b, c)
print(3 in Countdown(5), 9 in Countdown(5))
print(dict(zip(Range2(2), Countdown(2))))
class NotIter:
    pass
try:
    for _ in NotIter():
        pass
except TypeError as e:
    print(type(e).__name__, e)
