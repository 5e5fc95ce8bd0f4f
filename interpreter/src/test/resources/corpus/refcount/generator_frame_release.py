# A generator's locals are released when it finishes or is discarded
class Tracked:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("del", self.name)

def gen():
    local = Tracked("gen-local")
    yield 1
    yield 2
    print("generator finishing")

g = gen()
print(next(g))
print(next(g))
print(next(g, "exhausted"))
print("after exhaustion")
g = None
print("generator object dropped")
g2 = gen()
next(g2)
print("suspended generator about to be dropped")
g2 = None
print("after dropping suspended generator")
for v in gen():
    print("loop value", v)
print("end")
