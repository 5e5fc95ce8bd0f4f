# Unbounded recursion ends with RecursionError
def forever(n):
    return forever(n + 1)

print("starting")
forever(0)
