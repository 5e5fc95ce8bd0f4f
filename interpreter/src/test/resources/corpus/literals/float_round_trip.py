# float(repr(x)) == x for a range of values
vals = [0.1, 0.7, 1 / 3, 1e-10, 123.456, 2 ** 0.5, 1e300, 3e-300, 6.02214076e23]
for v in vals:
    s = repr(v)
    print(s, float(s) == v)
print(float("1_000.5"), float("-1e3"), float("+.5"), float("5."))
print(float(7), float(-3), float(True))
print(0.5 + 0.25, 0.1 * 3, 1.1 * 1.1)
print(2.0 ** 10, 2 ** -1, 10 ** -2)
print(7.0 // 2, 7.0 % 2, -7.0 // 2, -7.0 % 2)
print(divmod(7.5, 2), divmod(-7.5, 2))
print(1e308 * 10, -1e308 * 10)
print(3.0 == 3, 3.5 > 3, hash(3.0) == hash(3))
print((0.1).is_integer(), (2.0).is_integer())
