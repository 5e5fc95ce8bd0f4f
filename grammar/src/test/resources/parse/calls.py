f()
f(1)
f(1, 2,)
f(a, b=1)
f(*args)
f(**kwargs)
f(a, *b, c, d=1, *e, f=2, **g)
f(x for x in y)
f((x for x in y), 1)
f(a=1, **b, c=2)
f(y := 1)
f(a, (b := 2))
f(*a, *b)
f(**a, **b)
a.b(c).d[e](f)
a[1]
a[1:2]
a[1:2:3]
a[:]
a[::]
a[::2]
a[1:]
a[:2]
a[1::]
a[:, 1]
a[1:2, ::3]
a[1, 2]
a[1,]
a[()]
a[(1, 2)]
a[*b]
a[*b, c]
a[x := 1]
a[lambda: 1]
a[b if c else d]
a[-1]
a.b.c.d
f(a)(b)(c)
f(
    a,
    b,
)
print(*args, sep='', end='\n')
obj.method(arg).attr[0]
x = f(a)[b].c
f(a for a in b if a)
max(x for x in y)
