# eval() and exec() with default, explicit and separate global/local namespaces
x = 10
print(eval("x * 2 + 1"), eval("y + 1", {"y": 4}), eval("a * b", {"a": 2}, {"b": 5}))
g = {}
l = {}
exec("q = 5\nr = q * 2", g, l)
print(sorted(l.items()), "q" in g)
exec("z = x + 1")
print(z)
def f(n):
    return eval("n * 3")
print(f(7), eval("[i * i for i in range(4)]"), eval("(lambda v: v + 1)(2)"))
try:
    eval("1 +")
except SyntaxError as e:
    print("SyntaxError", e.msg)
ns = {}
exec("def h(): return 42\nv = h()", ns)
print(ns["v"], ns["h"]())
