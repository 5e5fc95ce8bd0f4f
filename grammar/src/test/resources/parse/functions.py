def f(): pass
def f(a): pass
def f(a, b): return a
def f(a, b=1): pass
def f(a=1, b=2): pass
def f(*args): pass
def f(**kwargs): pass
def f(*args, **kwargs): pass
def f(a, *, b): pass
def f(a, *, b=1, c): pass
def f(a, /): pass
def f(a, b, /, c, d=1, *e, f, g=2, **h): pass
def f(a=1, /, b=2, *, c): pass
def f(a: int, b: str = 'x', *c: tuple, d: float, **e: dict) -> None: pass
def f(a,): pass
def f(*, a,): pass
def f(
    a,
    b,
):
    pass

@decorator
def g(): pass

@a.b.c
@d(e)
@f[0]
def g():
    """Docstring."""
    return

def outer():
    x = 1
    def inner():
        nonlocal x
        global y
        x = 2
        return x
    return inner

def gen():
    yield
    yield 1
    yield 1, 2
    yield from range(3)
    x = yield
    y = (yield 1)
    await_ = yield x
    return 1, *rest

def star_return():
    return *a, *b

def multi(a, b): return a; return b

lambda: (yield)

def annotated() -> 'forward': ...

def nested_defaults(a=lambda: 1, b=[x for x in y]): pass
