# Generator objects expose their state through the running frame
def gen():
    yield 1
    yield 2

g = gen()
print(g.__name__, type(g).__name__)
print(g.gi_frame is not None)
next(g)
next(g)
print(list(g))
print(g.gi_frame is None)
def gen_with_args(a, b=2):
    yield a + b
print(next(gen_with_args(1)), next(gen_with_args(1, b=10)))
print(iter(g) is g)
def is_gen():
    if False:
        yield
print(type(is_gen()).__name__, is_gen() is not None)
