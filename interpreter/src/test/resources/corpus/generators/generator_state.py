# Local state survives between yields
def running_total(values):
    total = 0
    for v in values:
        total += v
        yield total

print(list(running_total([1, 2, 3, 4])))
def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
f = fib()
print([next(f) for _ in range(15)])
print(next(f), next(f))
def pairs(seq):
    it = iter(seq)
    for first in it:
        second = next(it, None)
        yield first, second
print(list(pairs("abcde")))
g1 = running_total([10, 10])
g2 = running_total([1, 1])
print(next(g1), next(g2), next(g1), next(g2))
