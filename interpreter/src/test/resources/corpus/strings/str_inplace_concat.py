# s += t on a local: long results are built in place (pygil's StrAccumulator); every way of
# reading the variable must still see an ordinary, immutable str.


def build(n):
    s = ""
    for i in range(n):
        s += str(i % 10)
    return s


s = build(1000)
print(len(s), type(s).__name__, s[:12], s[-5:])
print(build(3), repr(build(0)))


def aliases():
    s = "a" * 300
    t = s
    s += "b"
    print(t is s, len(t), len(s), t[-1], s[-1])
    u = s
    print(u is s, id(u) == id(s))
    s += "c"
    print(u is s, len(u), len(s), s[-2:])
    s += s
    print(len(s), s[-3:], s[:3])


aliases()


def reads_in_loop():
    s = "x" * 250
    lengths = []
    for i in range(20):
        s += "y"
        lengths.append(len(s))
        if s.endswith("yyy"):
            s += "z"
    print(lengths[:3], lengths[-1], s[-6:], s.count("z"))


reads_in_loop()


def errors():
    s = "q" * 400
    try:
        s += 5
    except TypeError as e:
        print("TypeError:", e)
    print(len(s))
    s += "ok"
    try:
        s += None
    except TypeError as e:
        print("TypeError:", e)
    print(s[-2:], len(s))


errors()


class Tail(str):
    def __radd__(self, other):
        return "radd(" + str(len(other)) + ")"


class Plain(str):
    pass


def subclasses():
    s = "p" * 500
    s += Plain("!")
    print(type(s).__name__, len(s), s[-1])
    s += Tail("t")
    print(s)
    t = Plain("w" * 300)
    t += "v"
    print(type(t).__name__, len(t))


subclasses()


def introspection():
    s = "k" * 260
    s += "end"
    loc = locals()
    print(type(loc["s"]).__name__, len(loc["s"]), loc["s"][-3:])
    print(eval("len(s)"), eval("s[-3:]", None, loc))
    d = {s: 1}
    print(d["k" * 260 + "end"], hash(s) == hash("k" * 260 + "end"), s == "k" * 260 + "end")


introspection()


def deleted():
    s = "d" * 300
    s += "e"
    del s
    try:
        print(s)
    except UnboundLocalError as e:
        print("UnboundLocalError:", e)


deleted()


def gen():
    s = ""
    for i in range(200):
        s += "ab"
        if i % 50 == 49:
            yield len(s), s[-4:]
    yield s.count("a")


print(list(gen()))


def closure():
    s = "c" * 300

    def more():
        nonlocal s
        s += "+"
        return len(s)

    s += "-"
    print(more(), more(), s[-3:])


closure()


def mixed_types():
    x = 1
    x += 2
    f = 1.5
    f += 2
    lst = [1]
    alias = lst
    lst += [2]
    tup = (1,)
    tup += (2,)
    b = b"z" * 300
    b += b"!"
    print(x, f, lst, alias is lst, tup, len(b), b[-2:])
    big = 2 ** 62
    big += 2 ** 62
    print(big)


mixed_types()


def unicode():
    s = "é" * 200
    s += "€"
    s += "😀"
    s += "z"
    print(len(s), s[-3:], s[199:202], s.encode("utf-8")[-6:])


unicode()
