()
(1,)
(1, 2)
(1, 2,)
1, 2
1,
(a)
((a))
((a,))
[]
[1]
[1, 2, 3,]
[*a, *b, c]
(*a, b)
{1}
{1, 2, *s}
{}
{1: 2}
{1: 2, 3: 4,}
{**a, 'b': 1, **c}
{'k': v for k, v in items}
[x for x in y]
[x for x in y if x if not x]
[x * y for x in a for y in b]
[x for x in a if x for y in b if y]
{x for x in y}
(x for x in y)
(x for x in y if x)
[(x, y) for x, y in pairs]
[[y for y in x] for x in z]
[x for (a, b) in c]
[x for [a, *b] in c]
[x for x in lambda_list]
[x for x in (1, 2)]
[y := 1, y ** 2]
[y for x in data if (y := f(x))]
{(a, b): c for a in d for b in e}
[*range(3)]
{*a}
[x for x in a if x if y]
((1, 2), (3, 4))
[1, [2, [3, [4]]]]
{'a': {'b': {'c': 1}}}
(yield_ for yield_ in x)
