# Closures capture the variable; the loop rebinds it
callbacks = []
for name in ["a", "b", "c"]:
    callbacks.append(lambda: name)
print([cb() for cb in callbacks])
name = "reassigned"
print([cb() for cb in callbacks])
def build():
    fns = []
    for k in range(3):
        fns.append(lambda: k)
    return fns
print([f() for f in build()])
def build_with_factory():
    def make(k):
        return lambda: k
    return [make(k) for k in range(3)]
print([f() for f in build_with_factory()])
def build_while():
    fns = []
    i = 0
    while i < 3:
        fns.append(lambda: i)
        i += 1
    return fns
print([f() for f in build_while()])
