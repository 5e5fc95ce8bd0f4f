# Messages of exceptions raised by common builtins
cases = [
    lambda: [1, 2][5],
    lambda: (1,)[-3],
    lambda: {"a": 1}["b"],
    lambda: int("1.5"),
    lambda: float("abc"),
    lambda: [].remove(1),
    lambda: "abc".index("z"),
    lambda: next(iter([])),
    lambda: undefined_thing_qq,
    lambda: object().attr,
    lambda: (1).real.nope,
    lambda: chr(1114112),
    lambda: list(range(3))[1:2][4],
    lambda: "a" * -1 + [],
    lambda: {}.popitem(),
    lambda: set().pop(),
    lambda: hash([]),
    lambda: int(None),
]
for c in cases:
    try:
        c()
    except Exception as e:
        print(type(e).__name__, "|", e)
