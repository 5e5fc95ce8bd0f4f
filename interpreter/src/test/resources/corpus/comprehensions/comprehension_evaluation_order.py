# Order of evaluation inside comprehensions
def it(name, values):
    print("iter", name)
    return values
def cond(x):
    print("cond", x)
    return x % 2 == 0
def val(x):
    print("val", x)
    return x
print([val(x) for x in it("outer", [1, 2, 3]) if cond(x)])
print([(a, b) for a in it("A", [1, 2]) for b in it("B", ["x"])])
print({val(k): val(k * 10) for k in it("dict", [1, 2])})
