# Decorator factories and stacked decorators
def repeat(times):
    def decorate(fn):
        def wrapper(*args):
            return [fn(*args) for _ in range(times)]
        return wrapper
    return decorate

@repeat(3)
def hello(n):
    return "hi" * n
print(hello(2))
def tag(name):
    def decorate(fn):
        def wrapper():
            return f"<{name}>{fn()}</{name}>"
        return wrapper
    return decorate
@tag("b")
@tag("i")
def text():
    return "styled"
print(text())
order = []
def trace(label):
    order.append("factory " + label)
    def deco(fn):
        order.append("apply " + label)
        return fn
    return deco
@trace("outer")
@trace("inner")
def traced():
    return "ok"
print(traced(), order)
def memo(fn):
    cache = {}
    def wrapper(n):
        if n not in cache:
            cache[n] = fn(n)
        return cache[n]
    return wrapper
@memo
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(90))
