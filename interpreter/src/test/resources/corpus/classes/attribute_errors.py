# AttributeError messages
class C:
    cls_attr = 1
    def __init__(self):
        self.inst = 2

c = C()
for name in ("missing_thing", "xyz"):
    try:
        getattr(c, name)
    except AttributeError as e:
        print(type(e).__name__, e)
try:
    C.nothing_here
except AttributeError as e:
    print(type(e).__name__, e)
try:
    (5).foo_bar
except AttributeError as e:
    print(type(e).__name__, e)
try:
    None.qqq
except AttributeError as e:
    print(type(e).__name__, e)
try:
    "s".nope_nope
except AttributeError as e:
    print(type(e).__name__, e)
try:
    [].qqq = 1
except AttributeError as e:
    print(type(e).__name__, e)
class Slotted:
    __slots__ = ("a",)
s = Slotted()
try:
    s.b = 1
except AttributeError as e:
    print(type(e).__name__, e)
try:
    print(s.a)
except AttributeError as e:
    print(type(e).__name__, e)
