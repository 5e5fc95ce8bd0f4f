# The loop variable of a comprehension does not leak
x = "outer"
result = [x for x in range(3)]
print(result, x)
y = "kept"
g = (y for y in "ab")
print(list(g), y)
s = {z for z in range(3)}
print(sorted(s), "z" in dir())
d = {k: k for k in "ab"}
print(d, "k" in dir())
i = 100
squares = [i * i for i in range(4)]
print(squares, i)
n = 10
print([n + j for j in range(3)])
def f():
    total = 5
    return [total + k for k in range(3)]
print(f())
