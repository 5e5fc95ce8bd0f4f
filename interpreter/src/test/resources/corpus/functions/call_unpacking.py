# Calling with * and ** unpacking
def f(a, b, c, d=0):
    return a, b, c, d

args = [1, 2, 3]
print(f(*args))
print(f(*args, 4))
print(f(1, *[2, 3]))
print(f(*"xyz"))
kw = {"c": 30, "d": 40}
print(f(1, 2, **kw))
print(f(**{"a": 1, "b": 2, "c": 3}))
print(f(*[1], *[2], **{"c": 3}, d=4))
print(f(*range(3), **{}))
def g(*args, **kwargs):
    return args, kwargs
print(g(*[1, 2], *(3,), **{"x": 1}, **{"y": 2}))
try:
    g(**{"x": 1}, x=2)
except TypeError as e:
    print(type(e).__name__, e)
try:
    f(*[1, 2], **{"a": 5, "c": 3})
except TypeError as e:
    print(type(e).__name__, e)
try:
    g(**{1: 2})
except TypeError as e:
    print(type(e).__name__, e)
print(max(*[3, 9, 2]), print(*["a", "b"], sep="+"))
