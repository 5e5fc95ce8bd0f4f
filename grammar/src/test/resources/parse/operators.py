a + b - c
a * b / c // d % e @ f
a ** b ** c
-a ** b
-2 ** -2
(-a) ** b
+a
~a
not a
not not a
a << b >> c
a & b | c ^ d
a | b & c
a ^ b | c
a + b * c - d / e
(a + b) * c
a < b
a < b <= c > d >= e == f != g
a in b
a not in b
a is b
a is not b
a is not None in c
a and b
a or b
a and b or c and d
a or b and c
not a and b
not a == b
a if b else c
a if b else c if d else e
(a if b else c) if d else e
lambda: 0
lambda x: x
lambda x, y=1, *a, z, w=2, **k: x
lambda x, /, y: y
lambda *, k: k
lambda *a: a
lambda **k: k
lambda x=lambda: 1: x
(y := 10)
(y := f(x))
x = (y := 5) + 1
a + -b
a - -b
a * -b ** c
-a.b
-a[0]
-f()
a.b.c
a[b][c]
f()()
a if b else lambda: c
a or b if c else d
x < y < z
1 < 2 == 3
a @ b
