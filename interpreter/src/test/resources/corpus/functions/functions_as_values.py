# Functions are first-class objects
def double(x):
    return x * 2
def square(x):
    return x * x
table = {"double": double, "square": square}
for name in ("double", "square"):
    print(name, table[name](7))
pipeline = [double, square, double]
v = 3
for fn in pipeline:
    v = fn(v)
print(v)
def apply_twice(f, x):
    return f(f(x))
print(apply_twice(square, 3), apply_twice(len, "abc") if False else apply_twice(double, "ab"))
print(double.__name__, square.__name__, (lambda: 0).__name__)
alias = double
print(alias.__name__, alias is double, alias(21))
double.custom = "attribute on a function"
print(double.custom)
print(sorted([3, -1, 2], key=abs), list(map(double, [1, 2])))
def f(): pass
print(callable(f), f == f, f != double)
print(type(f).__name__, f.__qualname__)
class K:
    def method(self):
        pass
print(K.method.__qualname__, K.method.__name__)
