data = [1, 2, 3]
squares = [v * v for v in data]
pairs = {(a, b) for a in data for b in data if a < b}
index = {k: i for i, k in enumerate(data)}
gen = (q for q in data)
nested = [[c for c in row] for row in data]
walrus_module = [last := v for v in data]

def func(items):
    total = 0
    found = [y for x in items if (y := x * 2) > total]
    doubled = [z * factor for z in items for factor in (1, 2)]
    return found, doubled, [w for w in items if w in items]

def genfunc(seq):
    return sum(v for v in seq)

class Holder:
    values = [1, 2]
    doubled = [v * 2 for v in values]
    outer_ref = [values for _ in range(2)]

def walrus_in_lambda():
    f = lambda: [m := i for i in range(3)]
    return f
