# The previous item of a comprehension's loop variable is released when the variable is
# rebound (CPython's STORE_FAST), so __del__ runs between the items, and the last item goes
# with the comprehension's frame.


class D:
    def __init__(self, n):
        self.n = n

    def __del__(self):
        print("del", self.n)


def make(n):
    return D(n)


r = [print("item", d.n) for d in (make(i) for i in range(3))]
print("genexpr done")
s = {d.n for d in map(make, range(3))}
print("set done", sorted(s))
total = sum(d.n for d in map(make, range(4)))
print("sum done", total)
for a in map(make, range(2)):
    pass
print("for done")
del a
print("end")
