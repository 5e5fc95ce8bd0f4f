# Returning tuples, None and early returns
def divmod_pair(a, b):
    return a // b, a % b

q, r = divmod_pair(17, 5)
print(q, r, divmod_pair(9, 3))
def nothing():
    return
def implicit():
    x = 1
print(nothing(), implicit())
def early(n):
    if n < 0:
        return "negative"
    for i in range(n):
        if i * i > n:
            return i
    return "done"
print(early(-1), early(10), early(0))
def multi():
    return 1, [2, 3], {"k": 4}
a, (b, c), d = multi()
print(a, b, c, d)
def returns_function():
    def inner():
        return "inner result"
    return inner
print(returns_function()())
def swap(x, y):
    return y, x
print(swap(*swap(1, 2)))
