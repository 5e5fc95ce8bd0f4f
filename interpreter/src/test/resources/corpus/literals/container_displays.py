# list/tuple/dict/set displays
print([], [1], [1, 2, 3])
print((), (1,), (1, 2), (1, 2, 3))
print({}, {'a': 1}, {'a': 1, 'b': [2, 3]})
print({1}, {1, 2, 3}, set())
print([1, 'a', 2.5, None, True])
print(('x',), ('x'))
print([[1, 2], [3, [4, [5]]]])
print({'k': {'n': (1, 2)}, 'l': [{'x': None}]})
print([(), [], {}, ''])
print(repr(['a', "b'c", 'd"e']))
print(((1,),), [()])
t = 1, 2, 3
print(t, type(t).__name__)
print({1: 'one', 2: 'two'}[2])
d = {'a': 1, 'a': 2}
print(d)
print([1, 2,], (1, 2,), {1: 2,})
print(len([None] * 3), [0] * 4)
