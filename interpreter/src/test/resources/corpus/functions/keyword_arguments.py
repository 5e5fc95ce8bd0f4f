# Positional and keyword arguments
def describe(name, age, city="unknown"):
    return f"{name} ({age}) from {city}"

print(describe("Ann", 30))
print(describe("Bob", age=25))
print(describe(age=40, name="Cy"))
print(describe("Dee", 22, city="Oslo"))
print(describe("Eve", 33, "Rome"))
def kwonly(a, *, b, c=3):
    return a, b, c
print(kwonly(1, b=2), kwonly(1, c=0, b=9))
def posonly(a, b, /, c):
    return a, b, c
print(posonly(1, 2, 3), posonly(1, 2, c=3))
def mixed(a, /, b, *, c):
    return a + b + c
print(mixed(1, 2, c=3), mixed(1, b=2, c=3))
def name_in_kwargs(a, /, **kw):
    return a, kw
print(name_in_kwargs(1, a=2))
