# Each call gets its own local namespace
def make_list(n):
    result = []
    for i in range(n):
        result.append(i)
    return result
a = make_list(2)
b = make_list(3)
print(a, b, a is b)
def recursive_locals(n):
    local = n * 10
    if n > 0:
        recursive_locals(n - 1)
    print("level", n, "local", local)
recursive_locals(3)
def check_locals():
    x = 1
    y = "two"
    return sorted(locals().items())
print(check_locals())
print("check_locals" in globals(), "x" in globals())
