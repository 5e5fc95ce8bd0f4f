# *args and **kwargs collection
def show(*args, **kwargs):
    print(type(args).__name__, args, type(kwargs).__name__, kwargs)

show()
show(1, 2)
show(a=1, b=2)
show(1, x="y")
def head_tail(first, *rest):
    return first, rest
print(head_tail(1), head_tail(1, 2, 3))
def with_defaults(a, b=2, *args, c=3, **kw):
    return a, b, args, c, kw
print(with_defaults(1))
print(with_defaults(1, 5, 6, 7, c=8, d=9))
def total(*nums):
    s = 0
    for n in nums:
        s += n
    return s
print(total(), total(1, 2, 3), total(*range(10)))
def kw_order(**kw):
    return list(kw)
print(kw_order(z=1, a=2, m=3))
