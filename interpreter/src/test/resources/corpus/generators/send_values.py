# send() passes values into a running generator
def accumulator():
    total = 0
    while True:
        value = yield total
        if value is None:
            break
        total += value
    return total

acc = accumulator()
print(next(acc))
print(acc.send(10))
print(acc.send(5))
try:
    acc.send(None)
except StopIteration as e:
    print("final", e.value)
def echo():
    received = []
    while len(received) < 3:
        x = yield len(received)
        received.append(x)
    yield received
e = echo()
print(e.send(None), e.send("a"), e.send("b"), e.send("c"))
g = accumulator()
try:
    g.send(1)
except TypeError as err:
    print(type(err).__name__, err)
def delegating():
    r = yield from accumulator()
    yield "sub returned " + str(r)
d = delegating()
next(d)
d.send(3)
d.send(4)
print(d.send(None))
