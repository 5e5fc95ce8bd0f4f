# x += value on plain locals: ints (overflowing into big ints), floats, mixed, strings, lists
# (in place), tuples, user classes with __iadd__/__add__/__radd__, unbound locals in CPython's order.


class Acc:
    def __init__(self, n):
        self.n = n

    def __iadd__(self, other):
        print("iadd", self.n, other)
        return Acc(self.n + other)

    def __del__(self):
        print("del Acc", self.n)


class Left:
    def __add__(self, other):
        return "Left+" + repr(other)


class Right:
    def __radd__(self, other):
        return "radd(" + repr(other) + ")"


def ints():
    x = 0
    step = 3
    for i in range(5):
        x += i
        x += step
        x += 1
    big = 2 ** 62
    big += 2 ** 62
    big += big
    neg = -9223372036854775807
    neg += -1
    neg += -1
    return x, big, neg


def floats():
    f = 0.5
    f += 1
    g = 1
    g += 0.25
    h = 2.0
    h += f
    return f, g, h


def others():
    s = "a"
    s += "b"
    t = "c"
    s += t
    xs = [1]
    alias = xs
    ys = [2, 3]
    xs += ys
    tup = (1,)
    tup += (2, 3)
    left = Left()
    left += 5
    r = 1
    right = Right()
    r += right
    return s, xs, alias is xs, tup, left, r


def objects():
    a = Acc(1)
    a += 10
    print("after first")
    a += 100
    print("after second", a.n)


def unbound_target():
    x += 1
    x = 0


def unbound_both():
    x += y
    x = y = 0


def unbound_value():
    x = 1
    x += y
    y = 2


def type_error():
    x = 1
    s = "s"
    x += s


print(ints())
print(floats())
print(others())
objects()
for f in (unbound_target, unbound_both, unbound_value, type_error):
    try:
        f()
    except Exception as e:
        print(type(e).__name__, e)
for n in range(3):
    print(ints()[0], floats()[2])
