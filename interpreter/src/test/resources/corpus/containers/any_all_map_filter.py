# any, all, map, filter
print(any([0, "", None]), any([0, 1]), any([]), all([]), all([1, "x"]), all([1, 0]))
print(any(x > 3 for x in range(5)), all(x < 5 for x in range(5)))
def noisy(x):
    print("check", x)
    return x > 1
print(any(noisy(x) for x in [0, 2, 5]))
print(all(noisy(x) for x in [3, 0, 9]))
print(list(map(str, [1, 2, 3])), list(map(lambda a, b: a * b, [1, 2, 3], [4, 5])))
print(list(filter(None, [0, 1, "", "a", None, [], [0]])))
print(list(filter(lambda n: n % 2, range(10))))
m = map(abs, [-1, -2])
print(next(m), next(m), next(m, "done"))
print(list(map(len, ["a", "bb", ""])), sum(map(int, "12345")))
print(type(map(str, [])).__name__, type(filter(None, [])).__name__)
