# collections: defaultdict, Counter, OrderedDict, ChainMap
from collections import defaultdict, Counter, OrderedDict, ChainMap

dd = defaultdict(list)
for word in ['apple', 'bob', 'avocado', 'cat', 'banana']:
    dd[word[0]].append(word)
print(dd)
print(dd['z'], 'z' in dd, dd.get('q'), len(dd), isinstance(dd, dict))
counts = defaultdict(int)
for ch in 'mississippi':
    counts[ch] += 1
print(counts, dict(counts), repr(defaultdict(None, {1: 2})), defaultdict(lambda: 'n/a')['k'])
try:
    defaultdict()['missing']
except KeyError as e:
    print('KeyError', e)
nested = defaultdict(lambda: defaultdict(int))
nested['a']['b'] += 2
print(nested['a']['b'], dd.default_factory, dd.copy() == dd, type(dd.copy()).__name__)

c = Counter('abracadabra')
print(c, c['a'], c['zz'], c.most_common(2), c.most_common()[-1], c.total())
print(sorted(c.elements()), len(c))
c.update('aaz')
c.subtract({'b': 5})
print(c, Counter(a=2, b=-1))
x, y = Counter(a=3, b=1), Counter(a=1, b=2, c=4)
print(x + y, x - y, x | y, x & y, +Counter(a=1, b=-2), -Counter(a=1, b=-2))
print(Counter(), Counter([1, 1, 2]) == Counter({1: 2, 2: 1}), Counter(a=1) == Counter(a=1, b=0))
del c['zz']
del c['a']
print(c)
words = 'the quick the lazy the end quick'.split()
print(Counter(words).most_common(2), Counter(len(w) for w in words))
try:
    Counter.fromkeys('ab')
except NotImplementedError as e:
    print('NotImplementedError', e)

od = OrderedDict()
od['b'] = 1
od['a'] = 2
od['c'] = 3
print(od, list(od))
od.move_to_end('b')
print(list(od.items()))
od.move_to_end('c', last=False)
print(list(od.keys()), od.popitem(), od.popitem(last=False), od)
print(OrderedDict(a=1, b=2) == OrderedDict(b=2, a=1), OrderedDict(a=1, b=2) == {'b': 2, 'a': 1}, OrderedDict())
try:
    OrderedDict().popitem()
except KeyError as e:
    print('KeyError', e)

defaults = {'color': 'red', 'user': 'guest'}
args = {'user': 'admin'}
cm = ChainMap(args, defaults)
print(cm['user'], cm['color'], len(cm), sorted(cm), cm.get('x', 0), 'color' in cm)
cm['color'] = 'blue'
print(args, defaults, cm)
child = cm.new_child({'user': 'root'})
print(child['user'], child.parents['user'], child.maps[-1] is defaults)
try:
    del cm['nothere']
except KeyError as e:
    print('KeyError', e)
print(dict(cm), list(cm.items()))
