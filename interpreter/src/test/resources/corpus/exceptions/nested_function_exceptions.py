# Exceptions propagate up through nested calls and can be caught anywhere
def level3(x):
    if x < 0:
        raise ValueError(f"negative: {x}")
    return x * 2
def level2(x):
    print("level2 before")
    r = level3(x)
    print("level2 after")
    return r
def level1(x):
    try:
        return level2(x)
    except ValueError as e:
        print("level1 caught", e)
        return -1

print(level1(5))
print(level1(-5))
def cleanup_each_level(n):
    try:
        if n == 0:
            raise RuntimeError("bottom")
        cleanup_each_level(n - 1)
    finally:
        print("cleanup", n)
try:
    cleanup_each_level(3)
except RuntimeError as e:
    print("caught", e)
