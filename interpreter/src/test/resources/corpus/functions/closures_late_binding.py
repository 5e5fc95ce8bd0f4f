# Late binding of closure variables in loops
funcs = []
for i in range(3):
    funcs.append(lambda: i)
print([f() for f in funcs])
funcs = []
for i in range(3):
    funcs.append(lambda i=i: i)
print([f() for f in funcs])
def make():
    out = []
    for j in range(3):
        def f():
            return j * 10
        out.append(f)
    j = 100
    return out
print([f() for f in make()])
def make_bound():
    def bind(k):
        return lambda: k * 10
    return [bind(k) for k in range(3)]
print([f() for f in make_bound()])
gens = [lambda: n for n in range(4)]
print([g() for g in gens])
x = "global"
def see_x():
    return x
x = "changed"
print(see_x())
