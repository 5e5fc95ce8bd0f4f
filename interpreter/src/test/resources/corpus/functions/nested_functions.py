# Nested function definitions
def outer(x):
    def middle(y):
        def inner(z):
            return x + y + z
        return inner(3)
    return middle(20)

print(outer(100))
def make_ops():
    def add(a, b):
        return a + b
    def mul(a, b):
        return a * b
    return {"add": add, "mul": mul}
ops = make_ops()
print(ops["add"](2, 3), ops["mul"](2, 3), ops["add"].__name__)
def recurse_inside(n):
    def helper(k):
        return 1 if k <= 1 else k * helper(k - 1)
    return helper(n)
print(recurse_inside(6))
def defines_each_call():
    def f():
        pass
    return f
print(defines_each_call() is defines_each_call())
def uses_later_defined():
    def first():
        return second()
    def second():
        return "second"
    return first()
print(uses_later_defined())
