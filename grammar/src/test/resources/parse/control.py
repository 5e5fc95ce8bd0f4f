if a:
    pass
if a:
    b
else:
    c
if a:
    b
elif c:
    d
elif e:
    f
else:
    g
if a: b
elif c: d
if (n := len(a)) > 10:
    pass
while x:
    x -= 1
while x:
    break
else:
    done()
while True:
    if x:
        continue
    break
for x in y:
    pass
for x, y in z:
    pass
for x in y:
    continue
else:
    pass
for i in range(10): print(i)
for x in *a, *b:
    pass
for (a, b), c in d:
    pass
for a.b in c: pass
for a[0] in c: pass
try:
    pass
except:
    pass
try:
    a
except E:
    b
except (A, B) as e:
    c
except C as d:
    pass
else:
    e
finally:
    f
try:
    pass
finally:
    pass
try:
    pass
except E:
    pass
finally:
    pass
with a:
    pass
with a as b:
    pass
with a as b, c as d, e:
    pass
with a as (b, c):
    pass
with a as b.c:
    pass
with (a, b):
    pass
with (a as b, c as d):
    pass
with (a as b, c as d,):
    pass
with (a, b) as c:
    pass
with (a):
    pass
raise
raise E
raise E('x')
raise E from cause
raise E from None
assert x
assert x, 'message'
assert (x, y)
del a
del a, b
del a,
del (a, b)
del [a, b]
del a.b, a[0], a[1:2]
del (a), [b, (c, d)]
pass
x = 1 if y else 2
while (line := f()):
    pass
if a:
    if b:
        pass
    else:
        pass
elif c:
    pass
