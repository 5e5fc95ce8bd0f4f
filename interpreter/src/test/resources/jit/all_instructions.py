# Exercises every kind of instruction so that JitCompilationTest compiles each code object.
import sys


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __add__(self, other):
        return Point(self.x + other.x, self.y + other.y)

    @property
    def norm1(self):
        return abs(self.x) + abs(self.y)


def closures(n):
    total = 0

    def add(k):
        nonlocal total
        total += k
    for i in range(n):
        add(i)
    return total


def generator(n):
    yield from range(n)
    yield n


def exceptions(values):
    out = []
    for v in values:
        try:
            out.append(10 // v)
        except ZeroDivisionError as e:
            out.append(str(e))
        finally:
            out.append("f")
    with Manager() as m:
        out.append(m)
    return out


class Manager:
    def __enter__(self):
        return "in"

    def __exit__(self, *exc):
        return False


def displays(a, *args, key=1, **kw):
    first, *rest = [a, *args]
    d = {"k": key, **kw}
    s = {x % 3 for x in args}
    return f"{first!r}:{rest}:{d}:{sorted(s)}:{a:>4}", [y * 2 for y in args if y], {k: v for k, v in d.items()}


def main():
    p = Point(1, 2) + Point(3, -4)
    print(p.norm1, closures(10), list(generator(3)), sum(x * x for x in range(5)))
    print(exceptions([1, 0, 5]))
    print(displays(1, 2, 3, key=5, extra=6))
    a, b = 2 ** 70, 3.5
    print(a // 7, a % 7, b * 2, -a, ~5, 1 < 2 < 3, "x" in "xyz", a is not None, not b)
    del p
    print(sys.getrefcount([]) > 0)


main()
