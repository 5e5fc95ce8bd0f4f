"""Generators, closures and exceptions working together: a small pipeline."""


def numbers(limit):
    n = 0
    while n < limit:
        yield n
        n += 1


def take_evens(source):
    for n in source:
        if n % 2 == 0:
            yield n


def scaled(factor):
    def scale(values):
        for v in values:
            yield v * factor
    return scale


class Stats:
    def __init__(self):
        self.count = 0
        self.total = 0

    def add(self, value):
        self.count += 1
        self.total += value

    def __repr__(self):
        return f"Stats(count={self.count}, total={self.total}, mean={self.total / self.count:.2f})"


stats = Stats()
for value in scaled(3)(take_evens(numbers(20))):
    stats.add(value)
print(stats)

try:
    print(next(x for x in numbers(5) if x > 10))
except StopIteration:
    print("no number above 10 in the first five")

squares = {n: n * n for n in take_evens(numbers(10))}
print(squares)
