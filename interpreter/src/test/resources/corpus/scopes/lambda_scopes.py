# Lambdas follow the same scoping rules as def
x = 10
f = lambda: x
x = 20
print(f())
def make(n):
    return lambda m: n * m
times3 = make(3)
print(times3(5))
g = lambda x: (lambda y: x + y)
print(g(1)(2))
fs = {name: (lambda name=name: name.upper()) for name in ["a", "b"]}
print(fs["a"](), fs["b"]())
def scoped():
    k = "inside"
    return (lambda: k)()
print(scoped())
h = lambda: undefined_in_lambda
try:
    h()
except NameError as e:
    print(type(e).__name__, e)
