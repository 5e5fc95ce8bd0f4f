# str.format positional, keyword, attribute and index lookups
class Pt:
    def __init__(self, x, y):
        self.x = x
        self.y = y

p = Pt(3, 4)
print("({0.x}, {0.y})".format(p))
print("{p.x}-{p.y}".format(p=p))
print("{} + {} = {}".format(1, 2, 1 + 2))
print("{0}{1}{0}".format("ab", "-"))
print("{a[0]}{a[2]}".format(a="xyz"))
print("{:<5}|{:^5}|{:>5}".format("l", "c", "r"))
print("{:+d} {:.1f} {:e}".format(7, 2.25, 0.001))
print("{0!r} {0!s}".format("q"))
print("{{literal}} {}".format("x"))
try:
    print("{} {}".format(1))
except IndexError as e:
    print(type(e).__name__, e)
try:
    print("{missing}".format(other=1))
except KeyError as e:
    print(type(e).__name__, e)
print("{:*>{w}}".format(5, w=4))
