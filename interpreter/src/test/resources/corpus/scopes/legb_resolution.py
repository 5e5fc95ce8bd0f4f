# Local, Enclosing, Global, Builtin lookup order
x = "global x"
def outer():
    x = "enclosing x"
    def inner():
        x = "local x"
        return x
    def inner_enclosing():
        return x
    return inner(), inner_enclosing()
print(outer())
def uses_global():
    return x
print(uses_global())
def uses_builtin():
    return len("abc")
print(uses_builtin())
len = lambda s: "shadowed len"
print(uses_builtin())
del len
print(uses_builtin())
def shadow_builtin_locally():
    max = "local max"
    return max
print(shadow_builtin_locally(), max(1, 2))
def three_levels():
    a = 1
    def middle():
        b = 2
        def innermost():
            return a + b + 10
        return innermost()
    return middle()
print(three_levels())
