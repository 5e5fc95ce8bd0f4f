# for k, v in d.items() may refill one items tuple (CPython's di_result reuse): no tuple that
# anyone can still see may change, and an unpacked item is released before the loop body.
d = {"a": 1, "b": 2, "c": 3, "d": 4}

kept = []
for kv in d.items():
    kept.append(kv)
print(kept)

pairs = []
for k, v in d.items():
    pairs.append((k, v))
print(pairs, [kv for kv in d.items()], [(v, k) for k, v in d.items()])

it = iter(d.items())
first = next(it)
seen = []
for k, v in it:
    extra = next(it, None)
    seen.append((k, v, extra))
print(first, seen)

it = iter(d.items())
grabbed = []
for k, v in it:
    grabbed.append(next(it, "end"))
    grabbed.append(k)
print(grabbed)

for k, *rest in d.items():
    print(k, rest, end="; ")
print()
for i, (k, v) in enumerate(d.items()):
    print(i, k, v, end="; ")
print()
print({v: k for k, v in d.items()}, sorted((v, k) for k, v in d.items()))


def items_twice(dd):
    out = []
    for a, b in dd.items():
        for c, e in dd.items():
            out.append(a + c + str(b * e))
    return out


print(items_twice({"x": 1, "y": 2}))


class Loud(tuple):
    def __del__(self):
        print("del", self[0])


def fresh():
    for i in range(3):
        yield Loud((i, i * i))


def consume():
    for a, b in fresh():
        print("body", a, b)
    print("after")
    for kv in fresh():
        print("body kv", kv[0])
    print("after kv")


consume()
print("end")
