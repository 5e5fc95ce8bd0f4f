"""The JMH benchmarks' workloads: one function per area, each taking no argument (its size is
a default) and returning a number that BenchmarkSmokeTest checks. The same functions are timed
under CPython by benchmarks/jmh_table.py, so that the table compares like with like."""


def fibo(n=25):
    """Recursive calls: the seed documents' fibo (242,785 calls for n=25)."""
    if n == 0:
        return 0
    elif n == 1:
        return 1
    else:
        return fibo(n - 1) + fibo(n - 2)


def while_loop(n=300_000):
    """A while loop with int arithmetic."""
    i = 0
    total = 0
    while i < n:
        total += i * 3 % 7
        i += 1
    return total


def for_loop(n=300_000):
    """A for loop over range with a branch and int arithmetic."""
    total = 0
    for i in range(n):
        if i & 1:
            total += i
        else:
            total -= i // 2
    return total


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y


def attributes(n=300_000):
    """Instance fields read and written."""
    p = Point(0, 1)
    for i in range(n):
        p.x = p.x + p.y
        p.y = i & 3
    return p.x


class Counter:
    """The seed documents' counter (counter.increment(1) from several threads)."""

    def __init__(self):
        self.count = 0

    def increment(self, offset):
        self.count += offset

    def get(self):
        return self.count


def method_calls(n=200_000):
    """Bound method calls with an argument."""
    c = Counter()
    for i in range(n):
        c.increment(i & 7)
    return c.get()


def lists(n=100_000):
    """list append, index, iterate and sort."""
    xs = []
    for i in range(n):
        xs.append(i * 7919 % n)
    total = 0
    for i in range(0, n, 3):
        total += xs[i]
    for x in xs:
        total += x
    xs.sort()
    return total + xs[n // 2]


def dicts(n=100_000):
    """dict set, get and iterate, with int and str keys."""
    d = {}
    for i in range(n):
        d[i] = i * 2
    total = 0
    for i in range(0, n, 2):
        total += d[i]
    for k, v in d.items():
        total += v - k
    names = {}
    for i in range(1000):
        names["k" + str(i)] = i
    for k in names:
        total += names[k]
    return total


def strings(n=40_000):
    """str concatenation, f-string and %-formatting, join and split."""
    s = ""
    parts = []
    for i in range(n):
        s += str(i % 10)
        parts.append(f"{i}:{i % 7}")
    joined = ",".join(parts)
    fields = joined.split(",")
    return len(s) + len(joined) + len(fields) + len("%d-%s" % (n, s[:5]))


def countdown(n):
    while n > 0:
        yield n
        n -= 1


def generators(n=100_000):
    """A generator function iterated by a for loop, and a generator expression summed."""
    total = 0
    for x in countdown(n):
        total += x
    return total + sum(i * i for i in range(n))
