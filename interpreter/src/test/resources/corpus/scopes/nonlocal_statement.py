# nonlocal rebinds a variable in the nearest enclosing function scope
def make():
    value = 0
    def set_value(v):
        nonlocal value
        value = v
    def get_value():
        return value
    return set_value, get_value
s, g = make()
s(10)
print(g())
def outer():
    x = "outer"
    def middle():
        x = "middle"
        def inner():
            nonlocal x
            x = "changed by inner"
        inner()
        return x
    m = middle()
    return x, m
print(outer())
def counter():
    count = 0
    def tick():
        nonlocal count
        count += 1
        return count
    tick(); tick()
    return count
print(counter())
def multiple():
    a = b = 0
    def change():
        nonlocal a, b
        a, b = 1, 2
    change()
    return a, b
print(multiple())
