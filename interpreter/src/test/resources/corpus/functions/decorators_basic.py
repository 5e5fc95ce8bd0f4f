# Decorators without arguments
def shout(fn):
    def wrapper(*args, **kwargs):
        result = fn(*args, **kwargs)
        return result.upper() + "!"
    return wrapper

@shout
def greet(name):
    return "hello " + name
print(greet("ann"))
print(greet.__name__)
calls = []
def logged(fn):
    def wrapper(*args):
        calls.append(fn.__name__)
        return fn(*args)
    wrapper.__name__ = fn.__name__
    return wrapper
@logged
def add(a, b):
    return a + b
@logged
def neg(a):
    return -a
print(add(1, 2), neg(5), add(3, 4))
print(calls, add.__name__)
def register(fn):
    registry.append(fn.__name__)
    return fn
registry = []
@register
def a(): pass
@register
def b(): pass
print(registry, a() is None)
