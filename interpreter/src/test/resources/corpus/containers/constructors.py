# list(), tuple(), dict(), set(), str(), int() constructors from iterables
print(list(), list("ab"), list((1, 2)), list({"k": 1, "j": 2}), list(range(3)))
print(tuple([1, 2]), tuple({"a": 1}), tuple(x * 2 for x in range(3)))
print(dict(), dict(a=1), dict([(1, 2)]), dict({"x": 1}, y=2))
print(sorted(set("hello")), set([1, 2, 2, 3]), set(range(4)))
print(list(map(int, ["1", "2"])), list(iter([5, 6])))
print(str([1, 2]), str((1,)), int(), float(), str(), bool(), tuple(), list())
print(list(list("ab")), list(enumerate("xy")), list(zip("ab", "cd")))
g = (i for i in range(3))
print(list(g), list(g))
try:
    list(5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    dict([(1, 2, 3)])
except ValueError as e:
    print(type(e).__name__, e)
