# !r, !s and !a conversions
class P:
    def __str__(self):
        return "P-str"
    def __repr__(self):
        return "P-repr"

p = P()
s = "text"
print(f"{p} {p!s} {p!r}")
print(f"{s} {s!s} {s!r}")
print(f"{[p, p]}")
print(f"{'é'!a} {'ok'!a}")
print(f"{s!r:>10}|")
print(f"{p!r:*^12}")
print(f"{None!r} {1.5!r} {'a' 'b'!r}")
print(f"{[s]!s}")
print(f"{(s,)!r}")
print(f"{b'x'!s}")
