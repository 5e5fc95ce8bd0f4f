# The item, iteration, method-call and str-building fast paths of the builtin containers, so
# that JitCompilationTest compiles each of them (a store into a dict once reached a type-cache
# invalidation that partial evaluation could not inline, and the whole function bailed out).


def dicts(n):
    d = {}
    for i in range(n):
        d[i] = i * 2
    names = {}
    for i in range(n):
        names["k" + str(i)] = i
    total = 0
    for k, v in d.items():
        total += v - k + d[k]
    for k in names:
        total += names[k]
    for v in d.values():
        total += v
    del d[0]
    return total + len(d) + d.get(1, 0) + names.get("nope", -1)


def lists(n):
    xs = []
    for i in range(n):
        xs.append(i * 7 % n)
    xs[0] = xs[-1]
    total = 0
    for x in xs:
        total += x
    xs.sort()
    return total + xs[n // 2] + xs.count(3)


def strings(n):
    s = ""
    parts = []
    for i in range(n):
        s += str(i % 10)
        parts.append(f"{i}:{i % 7}")
    joined = ",".join(parts)
    a, b = joined.split(",", 1)[0].split(":")
    return len(s) + len(joined) + len(s[:5]) + int(a) + int(b) + len(s[3]) + len("%d-%s" % (n, s[:5]))


# Compiled before their first run (CompileImmediately), the functions deoptimize at each
# uninitialized instruction: later calls compile them again with the fast paths specialized.
for _ in range(4):
    print(dicts(300), lists(300), strings(300))
