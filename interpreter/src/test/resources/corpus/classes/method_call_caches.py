class C:
    def __init__(self): self.n = 0
    def inc(self, k): self.n += k; return self.n
    def gen(self, k):
        yield k
c = C()
for i in range(5): c.inc(i)
print(c.n, list(c.gen(3)))
c.inc = lambda k: 'shadow %d' % k
print(c.inc(2))
del c.inc
print(c.inc(2))
C.inc = lambda self, k: 'replaced'
print(c.inc(1))
class D(C):
    def inc(self, k): return 'D' + str(super().inc(k))
print(D().inc(1))
try:
    c.inc(1, 2)
except TypeError as e:
    print(e)
