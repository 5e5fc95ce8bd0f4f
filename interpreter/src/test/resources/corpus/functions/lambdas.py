# Lambda expressions
square = lambda x: x * x
print(square(7), square.__name__)
add = lambda a, b=10: a + b
print(add(1), add(1, 2))
print((lambda *a, **k: (a, k))(1, 2, z=3))
print(sorted(["bb", "a", "ccc"], key=lambda s: -len(s)))
funcs = [lambda x, n=n: x + n for n in range(3)]
print([f(10) for f in funcs])
compose = lambda f, g: lambda x: f(g(x))
inc_then_double = compose(lambda x: x * 2, lambda x: x + 1)
print(inc_then_double(5))
print((lambda: "no args")())
print(list(map(lambda p: p[0] * p[1], [(1, 2), (3, 4)])))
cond = lambda n: "big" if n > 100 else "small"
print(cond(5), cond(500))
nested = lambda x: (lambda y: x - y)
print(nested(10)(3))
print((lambda x, /, y, *, z: x + y + z)(1, 2, z=3))
