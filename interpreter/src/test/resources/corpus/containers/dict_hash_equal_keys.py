# 1, 1.0 and True are the same dict key
d = {}
d[1] = "int"
d[1.0] = "float"
d[True] = "bool"
print(d, len(d))
print(d[1], d[1.0], d[True])
e = {True: "a", 1: "b", 1.0: "c"}
print(e)
f = {0: "zero"}
print(f[False], f[0.0], False in f)
print(hash(1) == hash(1.0) == hash(True), hash(0) == hash(0.0) == hash(False))
print(hash(2 ** 61 - 1) == hash(float(2 ** 61 - 1)))
s = {1, 1.0, True, 2, 2.0}
print(len(s), sorted(s))
print({1: 1}.get(1.0), 1.0 in {1}, 2 in {2.0: "x"})
print(hash("a") == hash("a"), hash(()) == hash(()))
