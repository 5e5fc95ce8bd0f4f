# Method calls on builtin containers and str (cached per call site by the receiver's class),
# for loops over lists and dicts, and tuple unpacking: subclasses, errors and mutation during
# iteration must behave as in CPython.


class LoudList(list):
    def append(self, x):
        print("LoudList.append", x)
        super().append(x * 10)


class KeyDict(dict):
    def get(self, k, default=None):
        return ("KeyDict.get", k)

    def __getitem__(self, k):
        return ("KeyDict[]", k)


def appender(seq, items):
    for x in items:
        seq.append(x)
    return seq


# one call site meets a list, a list subclass, and then other receivers
print(appender([], [1, 2]))
print(appender(LoudList(), [3]))
print(appender([0], [4]))
try:
    appender((), [1])
except AttributeError as e:
    print("AttributeError:", e)


class HasAppend:
    def __init__(self):
        self.got = []

    def append(self, x):
        self.got.append(-x)


h = appender(HasAppend(), [5, 6])
print(h.got)


def getter(d, keys):
    return [d.get(k, "?") for k in keys]


print(getter({1: "a"}, [1, 2]))
print(getter(KeyDict(), [1]))
print(getter({"x": 0}, ["x"]))


def calls(objs, arg):
    out = []
    for o in objs:
        out.append(o.count(arg))
    return out


print(calls([[1, 1, 2], (1, 2, 1, 1), [], ()], 1))
print(calls(["a1b1", "", "11"], "1"))
print(calls(["a1", ["1", 1, "1"], ("1",)], "1"))


def methods():
    s = "a,b,c"
    print(s.split(","), s.upper(), ",".join(["x", "y"]), s.replace(",", ";"))
    d = {"a": 1}
    print(d.pop("a"), d, d.setdefault("b", 2), d.get("b"), d.get("z"))
    print({}.fromkeys("ab", 0), "".maketrans("a", "b") == {97: 98})
    lst = [3, 1, 2]
    print(lst.pop(), lst.index(1), lst.sort(), lst, lst.copy() is lst)
    st = {1}
    st.add(2)
    print(sorted(st), st.pop() in (1, 2))
    try:
        [].nosuch()
    except AttributeError as e:
        print("AttributeError:", e)
    try:
        [].append()
    except TypeError as e:
        print("TypeError:", e)
    try:
        [].append(1, 2)
    except TypeError as e:
        print("TypeError:", e)
    try:
        list.nosuch = 1
    except TypeError as e:
        print("TypeError:", e)


methods()


def iterate_dict():
    d = {i: i * i for i in range(5)}
    total = 0
    for k, v in d.items():
        total += v - k
    print(total, [k for k in d], list(d.values()))
    try:
        for k in d:
            d[k + 100] = 0
    except RuntimeError as e:
        print("RuntimeError:", e)
    d = {1: 2, 3: 4}
    try:
        for k, v in d.items():
            del d[3]
    except RuntimeError as e:
        print("RuntimeError:", e)
    d = {1: 2, 3: 4}
    for k in d:
        d[k] = -d[k]
    print(d)
    kd = KeyDict(a=1)
    for k, v in kd.items():
        print(k, v, kd[k])


iterate_dict()


def iterate_list():
    xs = [1, 2, 3]
    seen = []
    for x in xs:
        seen.append(x)
        if x < 3 and len(xs) < 6:
            xs.append(x + 10)
    print(seen)
    ys = [5, 6, 7, 8]
    for y in ys:
        ys.remove(y)
    print(ys)
    for z in LoudList([1]):
        print("z", z)


iterate_list()


class Pair(tuple):
    pass


def unpacking(items):
    out = []
    for item in items:
        try:
            a, b = item
            out.append((a, b))
        except (ValueError, TypeError) as e:
            out.append(type(e).__name__ + ": " + str(e))
    return out


print(unpacking([(1, 2), Pair((3, 4)), [5, 6], "xy", (1,), (1, 2, 3), 7, iter([8, 9])]))
