# Assignment expressions
data = [1, 5, 12, 3, 20]
if (n := len(data)) > 3:
    print("long list", n)
print(n)
out = [y for x in data if (y := x * 2) > 10]
print(out, y)
it = iter([3, 2, 1, 0, 5])
while (v := next(it)) != 0:
    print("got", v)
print("stopped at", v)
print((a := 5) + a)
total = 0
vals = [t for t in range(5) if (total := total + t) > 3]
print(vals, total)
def f():
    if (r := 42) > 40:
        return r
print(f())
print([last := i for i in range(3)], last)
