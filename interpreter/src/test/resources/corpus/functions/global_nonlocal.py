# global and nonlocal declarations
count = 0
def bump():
    global count
    count += 1
bump(); bump()
print(count)
def create_global():
    global made_here
    made_here = "created"
create_global()
print(made_here)
def outer():
    v = "outer"
    def inner():
        nonlocal v
        v = "modified by inner"
    inner()
    return v
print(outer())
def level1():
    x = 1
    def level2():
        def level3():
            nonlocal x
            x += 10
        level3()
    level2()
    level2()
    return x
print(level1())
g = "module"
def shadow():
    g = "local"
    return g
print(shadow(), g)
def read_global():
    return count * 100
print(read_global())
