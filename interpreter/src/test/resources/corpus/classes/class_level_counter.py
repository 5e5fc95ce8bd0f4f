# Counting instances with class attributes
class Widget:
    created = 0
    registry = []
    def __init__(self, name):
        Widget.created += 1
        self.id = Widget.created
        self.name = name
        Widget.registry.append(name)

for n in ("a", "b", "c"):
    w = Widget(n)
    print(w.id, w.name)
print(Widget.created, Widget.registry)
class Sub(Widget):
    pass
s = Sub("sub")
print(Widget.created, Sub.created, s.id)
class Wrong:
    n = 0
    def __init__(self):
        self.n += 1
x = Wrong()
y = Wrong()
print(Wrong.n, x.n, y.n)
