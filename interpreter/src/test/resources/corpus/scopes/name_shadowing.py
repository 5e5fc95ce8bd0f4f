# Parameters and locals shadow outer names
value = "global"
def param_shadow(value):
    return value
print(param_shadow("param"), value)
def local_shadow():
    value = "local"
    return value
print(local_shadow(), value)
def builtin_param(list):
    return list
print(builtin_param([1]), list("ab"))
def outer(n):
    def inner(n):
        return n * 2
    return inner(n + 1)
print(outer(5))
for value in range(2):
    pass
print(value)
def del_local():
    value = 1
    del value
    return "deleted"
print(del_local(), value)
