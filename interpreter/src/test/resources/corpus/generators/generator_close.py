# close(), GeneratorExit and finally blocks in generators
def guarded():
    try:
        yield 1
        yield 2
    finally:
        print("cleanup")

g = guarded()
print(next(g))
g.close()
print("closed")
try:
    next(g)
except StopIteration:
    print("StopIteration after close")
g2 = guarded()
g2.close()
print("close before start does not run finally")
def catcher():
    try:
        yield 1
    except GeneratorExit:
        print("GeneratorExit seen")
        raise
c = catcher()
next(c)
c.close()
g3 = guarded()
print(list(g3))
g3.close()
print("closing an exhausted generator is a no-op")
def thrower():
    try:
        yield 1
    except ValueError as e:
        print("caught inside", e)
        yield "recovered"
t = thrower()
next(t)
print(t.throw(ValueError("injected")))
