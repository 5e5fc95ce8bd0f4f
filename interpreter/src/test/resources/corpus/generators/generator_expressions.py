# Generator expressions are lazy; the first iterable is evaluated eagerly
def source():
    print("source called")
    return [1, 2, 3]

def noisy(x):
    print("processing", x)
    return x * 10

g = (noisy(x) for x in source())
print("generator built")
print(next(g))
print("between")
print(list(g))
print(sum(x * x for x in range(10)))
print(max(len(w) for w in ["a", "abc", "ab"]))
print(list(x for x in range(10) if x % 3 == 0))
pairs = ((i, j) for i in range(3) for j in range(i))
print(list(pairs))
g2 = (x for x in [1, 2])
print(list(g2), list(g2))
print(type(x for x in []).__name__)
try:
    (1 / x for x in 5)
except TypeError as e:
    print("eager first iterable:", e)
