# x if cond else y
def side(v):
    print("side", v)
    return v

for n in (-1, 0, 1):
    print("neg" if n < 0 else "zero" if n == 0 else "pos")
print(side(1) if True else side(2))
print(side(1) if False else side(2))
x = 10
y = x * 2 if x > 5 else x / 2
print(y)
print((lambda a: "even" if a % 2 == 0 else "odd")(7))
print([i if i % 2 else -i for i in range(5)])
print(1 if [] else 2, 1 if [0] else 2)
z = 3 + (1 if x else 0)
print(z)
