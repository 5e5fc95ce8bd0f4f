x = 1
x = y = z = 0
a, b = b, a
a, b = c
(a, b) = c
[a, b] = c
a, *b = c
*a, b = c
[a, *b] = c
(a, [b, *c]) = d
a.b = 1
a[0] = 1
a[1:2] = b
a.b.c = d[e] = f
x = *a, *b
x = 1, *rest
def gen():
    x = yield
    x = yield 1
    x = yield from g
    x += yield
    x = y = yield
x += 1
x -= 1
x *= 1
x /= 1
x //= 1
x %= 1
x **= 1
x @= 1
x <<= 1
x >>= 1
x &= 1
x |= 1
x ^= 1
a.b += 1
a[0] += 1
x += 1, 2
x: int
x: int = 1
x: int = 1, 2
a.b: str
a[0]: str = 'v'
(x): int = 1
x: list[int] = []
a, = b
[a] = b
() = ()
[] = []
for x, in y: pass
