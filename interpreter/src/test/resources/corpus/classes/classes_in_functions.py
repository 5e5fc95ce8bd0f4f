# Classes created inside functions are distinct each call
def make_class(label):
    class Local:
        kind = label
        def show(self):
            return f"Local({self.kind})"
    return Local

A = make_class("a")
B = make_class("b")
print(A().show(), B().show(), A is B, A.__name__, A.__qualname__)
print(isinstance(A(), B))
def factory(base_value):
    class Adder:
        def __init__(self, n):
            self.n = n
        def add(self):
            return self.n + base_value
    return Adder(10).add()
print(factory(5), factory(100))
def with_closure():
    secret = "hidden"
    class Reveal:
        def get(self):
            return secret
    return Reveal
print(with_closure()().get())
