# A class body runs once, top to bottom, at definition time
print("before class")
class Demo:
    print("in class body")
    x = 1
    y = x + 1
    items = [x, y]
    def method(self):
        return self.y
    print("end of class body", x, y)
print("after class")
print(Demo.x, Demo.y, Demo.items, Demo().method())
class Computed:
    values = [i * i for i in range(4)]
    total = sum(values)
print(Computed.values, Computed.total)
class Conditional:
    flag = True
    if flag:
        def f(self):
            return "flag on"
    else:
        def f(self):
            return "flag off"
print(Conditional().f())
