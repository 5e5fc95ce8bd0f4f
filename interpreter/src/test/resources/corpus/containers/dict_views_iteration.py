# Iteration order, items/keys/values
d = {}
for k in ["zeta", "alpha", "mid", "beta"]:
    d[k] = len(k)
print(list(d), list(d.keys()), list(d.values()))
for k, v in d.items():
    print(k, v)
for k in d:
    print(k, end=" ")
print()
d["alpha"] = 99
print(list(d.items()))
del d["zeta"]
d["zeta"] = 0
print(list(d))
keys = d.keys()
d["new"] = 1
print(list(keys), len(keys), "new" in keys)
print(sorted(d.values()), sum(d.values()))
print(list(reversed(d)))
try:
    for k in d:
        d["x" + k] = 0
except RuntimeError as e:
    print(type(e).__name__, e)
