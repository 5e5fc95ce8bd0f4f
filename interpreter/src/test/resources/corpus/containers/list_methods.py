# append, extend, insert, pop, remove, index, count
l = [3, 1, 2]
l.append(4); print(l)
l.extend([5, 6]); print(l)
l.extend("ab"); print(l)
l.insert(0, 0); print(l)
l.insert(100, "end"); print(l)
l.insert(-1, "before-end"); print(l)
print(l.pop(), l)
print(l.pop(0), l)
print(l.pop(-2), l)
l.remove("a"); print(l)
print(l.index(2), l.count(2), [1, 1, 2, 1].count(1), [1, 2, 3, 2].index(2, 2))
try:
    l.remove(99)
except ValueError as e:
    print(type(e).__name__, e)
try:
    l.index(99)
except ValueError as e:
    print(type(e).__name__, e)
try:
    [].pop()
except IndexError as e:
    print(type(e).__name__, e)
try:
    [1].pop(5)
except IndexError as e:
    print(type(e).__name__, e)
print(l.append(7), l)
