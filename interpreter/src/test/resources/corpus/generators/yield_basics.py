# A generator function returns a generator; the body runs lazily
def gen():
    print("start")
    yield 1
    print("between")
    yield 2
    print("end")

g = gen()
print(type(g).__name__)
print("created, nothing ran yet")
print(next(g))
print(next(g))
try:
    next(g)
except StopIteration:
    print("exhausted")
print(list(gen()))
for v in gen():
    print("loop", v)
def empty():
    return
    yield
print(list(empty()))
def countdown(n):
    while n > 0:
        yield n
        n -= 1
print(list(countdown(5)), sum(countdown(100)))
