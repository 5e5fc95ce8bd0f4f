# return inside a generator sets StopIteration.value
def gen():
    yield 1
    return "result"

g = gen()
print(next(g))
try:
    next(g)
except StopIteration as e:
    print("value:", e.value, e.args)
try:
    next(g)
except StopIteration as e:
    print("again:", e.value)
def no_return():
    yield 1
g = no_return()
next(g)
try:
    next(g)
except StopIteration as e:
    print("implicit:", e.value)
def raises_stop():
    yield 1
    raise StopIteration("bad")
try:
    list(raises_stop())
except RuntimeError as e:
    print(type(e).__name__, e)
