# copy: shallow and deep copies, memo/cycles, __copy__/__deepcopy__, builtin subclasses
import copy
from collections import namedtuple, OrderedDict, defaultdict, deque, Counter


class Node:
    def __init__(self, value, children=()):
        self.value = value
        self.children = list(children)

    def __repr__(self):
        return 'Node(%r, %r)' % (self.value, self.children)


tree = Node(1, [Node(2), Node(3, [Node(4)])])
shallow = copy.copy(tree)
deep = copy.deepcopy(tree)
print(shallow, shallow is tree, shallow.children is tree.children)
print(deep, deep.children is tree.children, deep.children[1].children[0] is tree.children[1].children[0])
deep.children[0].value = 99
print(tree.children[0].value, deep.children[0].value)

nested = [1, [2, 3], {'k': [4]}, (5, [6]), {7}, frozenset([8])]
c1, c2 = copy.copy(nested), copy.deepcopy(nested)
print(c1 == nested, c1[1] is nested[1], c2 == nested, c2[1] is nested[1], c2[2]['k'] is nested[2]['k'], c2[3] is nested[3])
t = (1, 2, 'three')
print(copy.copy(t) is t, copy.deepcopy(t) is t, copy.deepcopy((1, [2]))[1] is not None)
cyc = [1]
cyc.append(cyc)
cc = copy.deepcopy(cyc)
print(cc[1] is cc, cc is not cyc)
a = [1]
pair = [a, a]
dp = copy.deepcopy(pair)
print(dp[0] is dp[1], dp[0] is a)
memo = {}
x = [1, 2]
y1 = copy.deepcopy(x, memo)
y2 = copy.deepcopy(x, memo)
print(y1 is y2, id(x) in memo)


class Custom:
    def __init__(self, v):
        self.v = v

    def __copy__(self):
        return Custom('copy of %s' % self.v)

    def __deepcopy__(self, memo):
        return Custom('deepcopy of %s' % self.v)


print(copy.copy(Custom('a')).v, copy.deepcopy(Custom('b')).v, copy.deepcopy([Custom('c')])[0].v)


class Stateful:
    def __init__(self):
        self.data = [1, 2]
        self.cache = 'expensive'

    def __getstate__(self):
        return {'data': self.data}

    def __setstate__(self, state):
        self.data = state['data']
        self.cache = None


s = copy.deepcopy(Stateful())
print(s.data, s.cache)


class Slotted:
    __slots__ = ('a', 'b')

    def __init__(self):
        self.a = [1]
        self.b = 2


sl = copy.deepcopy(Slotted())
print(sl.a, sl.b)


class MyList(list):
    pass


class MyDict(dict):
    pass


ml = MyList([1, [2]])
ml.tag = 'T'
md = MyDict(k=[1])
cml, cmd = copy.deepcopy(ml), copy.copy(md)
print(type(cml).__name__, cml, cml.tag, cml[1] is ml[1], type(cmd).__name__, cmd, cmd['k'] is md['k'])
P = namedtuple('P', 'x y')
print(copy.deepcopy(P(1, [2])), copy.copy(P(3, 4)))
print(copy.deepcopy(OrderedDict(a=[1])), copy.copy(defaultdict(list, a=[1])), copy.deepcopy(deque([1, [2]], maxlen=5)), copy.copy(Counter('aab')))
print(copy.copy(len) is len, copy.deepcopy(Node) is Node, copy.copy(3.5), copy.deepcopy('s'), copy.copy(None))
print(copy.copy({1: 2}), copy.copy({1, 2}), copy.copy(bytearray(b'x')))
