# bytes.find/rfind/index/rindex/count: bytes-like or int needles, start/end, CPython's errors.
data = b"abracadabra"
for sub in (b"a", b"bra", b"", 97, ord("c"), bytearray(b"ab"), b"zz"):
    print(repr(sub), data.find(sub), data.rfind(sub), data.count(sub))
print(data.find(b"a", 1), data.find(b"a", 1, 3), data.rfind(b"a", 0, -1), data.count(b"a", 2, None))
print(data.find(b"a", -3), data.count(b"", 4, 6), data.find(b"abra", None, None))
print(data.index(b"cad"), data.rindex(b"a"), data.index(98, 2))
print(bytearray(b"xyzxyz").find(b"z", 3))
for call in (lambda: data.count("a"), lambda: data.find([1]), lambda: data.index(b"q"),
             lambda: data.rindex(b"q", 0, 3), lambda: data.find(256), lambda: data.count(-1),
             lambda: data.find(), lambda: data.find(b"a", 1, 2, 3), lambda: data.count(b"a", "x")):
    try:
        print(call())
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
