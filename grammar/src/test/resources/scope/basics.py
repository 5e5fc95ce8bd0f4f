import os
import os.path as osp
from collections import OrderedDict as OD, deque
x = 1
print(y)
del x

def f(a, b=2, *args, c, d=4, **kw):
    global g
    g = a
    local = b
    return local + c + undefined

def h(p, /, q):
    return p, q

class C(Base, metaclass=Meta):
    attr = 1
    other = attr + 1
    def method(self):
        return attr
    lst = [attr for _ in range(3)]

for i in range(3):
    pass
with open('f') as fh:
    pass
try:
    pass
except Exception as exc:
    pass
counter = 0
counter += 1
ann: int = 5
only_ann: str
