# Default values are evaluated once, at definition time
def append_to(item, target=[]):
    target.append(item)
    return target

print(append_to(1))
print(append_to(2))
print(append_to(3, []))
print(append_to(4))
def safe_append(item, target=None):
    if target is None:
        target = []
    target.append(item)
    return target
print(safe_append(1), safe_append(2))
counter = 0
def make_default():
    global counter
    counter += 1
    print("default computed", counter)
    return counter
def f(x=make_default()):
    return x
print(f(), f(), f(10))
print(append_to.__defaults__)
n = 5
def g(v=n):
    return v
n = 6
print(g())
