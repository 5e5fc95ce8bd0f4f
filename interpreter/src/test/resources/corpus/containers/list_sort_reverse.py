# sort with key and reverse, reverse, sorted
l = [5, 2, 9, 1, 5, 6]
l.sort(); print(l)
l.sort(reverse=True); print(l)
words = ["banana", "Apple", "cherry", "date", "fig"]
words.sort(); print(words)
words.sort(key=str.lower); print(words)
words.sort(key=len); print(words)
words.sort(key=len, reverse=True); print(words)
pairs = [(1, "b"), (0, "z"), (1, "a"), (0, "a")]
print(sorted(pairs))
print(sorted(pairs, key=lambda p: p[1]))
print(sorted(pairs, key=lambda p: (-p[0], p[1])))
r = [1, 2, 3]
r.reverse(); print(r)
print(l.sort() is None, sorted("cab"), sorted((3, 1, 2), reverse=True))
stable = sorted(["bb", "a", "cc", "d", "ee"], key=len)
print(stable)
try:
    [1, "a"].sort()
except TypeError as e:
    print(type(e).__name__, e)
print(sorted([3.5, 1, True, -2]))
