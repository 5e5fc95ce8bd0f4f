# Comprehensions see enclosing function variables; lambdas inside them bind late
def scale(values, factor):
    return [v * factor for v in values]
print(scale([1, 2, 3], 10))
def make_adders():
    return [lambda x: x + i for i in range(3)]
print([f(10) for f in make_adders()])
def make_adders_fixed():
    return [lambda x, i=i: x + i for i in range(3)]
print([f(10) for f in make_adders_fixed()])
def counter_in_comp():
    count = 0
    def bump():
        nonlocal count
        count += 1
        return count
    return [bump() for _ in range(3)], count
print(counter_in_comp())
def outer():
    base = [1, 2]
    return [[b + x for b in base] for x in (10, 20)]
print(outer())
