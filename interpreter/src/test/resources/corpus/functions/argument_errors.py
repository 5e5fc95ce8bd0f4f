# TypeError messages for wrong calls
def two(a, b):
    return a + b
def kw(a, *, b):
    return a
def po(a, /):
    return a
class K:
    def m(self, x):
        return x
zero = lambda: 0
text = "x"
nothing = None
calls = [
    lambda: two(1),
    lambda: two(),
    lambda: two(1, 2, 3),
    lambda: two(1, 2, c=3),
    lambda: two(1, a=1),
    lambda: kw(1, 2),
    lambda: kw(1),
    lambda: po(a=1),
    lambda: K().m(),
    lambda: K().m(1, 2),
    lambda: zero(1),
    lambda: len(),
    lambda: len([], []),
    lambda: text(),
    lambda: nothing(),
]
for c in calls:
    try:
        c()
    except TypeError as e:
        print(e)
