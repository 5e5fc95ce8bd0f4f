# obj[key] and obj[key] = value on exact lists, tuples and dicts (the specialized cases) and on
# everything around them: subclasses, equal keys of other types, errors, slices.
class L(list):
    def __getitem__(self, i):
        return ("L", i)
    def __setitem__(self, i, v):
        print("L set", i, v)
class D(dict):
    def __missing__(self, k):
        return ("missing", k)
class T(tuple):
    def __getitem__(self, i):
        return ("T", i)
def get(o, k):
    try:
        return o[k]
    except (IndexError, KeyError, TypeError) as e:
        return type(e).__name__ + ":" + str(e)
def setit(o, k, v):
    try:
        o[k] = v
        return o
    except (IndexError, KeyError, TypeError) as e:
        return type(e).__name__ + ":" + str(e)
cases = [([1, 2, 3], 1), ([1, 2, 3], -1), ([1, 2, 3], 3), ([1, 2, 3], True), ([1, 2, 3], slice(1, None)),
         ((4, 5), 0), ((4, 5), -3), ((4, 5), 2**70), (L([1]), 0), (T((1,)), 0), ("abc", 1), ("abc", -4),
         ({1: "a", "x": 2}, 1), ({1: "a"}, 1.0), ({1: "a"}, True), ({1.0: "f"}, 1), ({True: "t"}, 1), ({"x": 2}, "x"),
         ({"x": 2}, "y"), ({}, 5), (D(), 5), (D(a=1), "a"), ({(1, 2): 3}, (1, 2)), ({}, []), ([1], "0")]
for o, k in cases:
    print(repr(get(o, k)))
for o, k in cases:
    print(repr(get(o, k)))
for o, k, v in [([1, 2], 0, 9), ([1, 2], -1, 8), ([1], 5, 0), (L([1]), 0, 7), ({}, 1, "a"), ({1.0: "x"}, 1, "y"), ({True: 1}, 1, 2), ({}, "s", 3), (D(), "k", 1), ((1,), 0, 1), ({}, [], 1), ([1], 2**70, 1)]:
    print(repr(setit(o, k, v)))
