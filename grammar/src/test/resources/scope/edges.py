def deco_scope(a):
    def decorator(fn):
        return fn
    @decorator
    def decorated(x=a, *, y=a) -> a:
        return x
    return decorated

class Outer:
    v = 1
    class Inner:
        w = v if False else 2
        def m(self):
            return Outer, Inner
    lam = lambda self, q=v: q

def nested_comps(rows):
    return [[cell * r for cell in row] for r, row in enumerate(rows)]

def comp_uses_param(k):
    return {i: k for i in range(3)}

def lambda_in_comp(fs):
    return [lambda: f for f in fs]

all_vals = [w for w in range(3) if (hit := w)]

def uses_module_global():
    return all_vals, hit

def annotated(a: int, *args: str, **kw: float) -> bool:
    b: int = 1
    c: str
    return a

def shadows_builtin():
    len = 3
    return len

class WithGlobal:
    global GX
    GX = 1
    def m(self):
        return GX
