# f-strings use __format__ from object, which falls back to __str__
class OnlyStr:
    def __str__(self):
        return "only-str"

class OnlyRepr:
    def __repr__(self):
        return "only-repr"

class Both:
    def __str__(self):
        return "both-str"
    def __repr__(self):
        return "both-repr"

for o in (OnlyStr(), OnlyRepr(), Both()):
    print(f"{o}|{o!r}|{o!s}|" if not isinstance(o, OnlyStr) else f"{o}|{o!s}|")
print(f"{[OnlyRepr(), Both()]}")
print(f"{Both()!s:>12}|")
try:
    print(f"{Both():>12}")
except TypeError as e:
    print(type(e).__name__, e)
print(format(Both()), str(Both()), repr(Both()))
print("{}".format(OnlyStr()), "{!r}".format(OnlyRepr()))
