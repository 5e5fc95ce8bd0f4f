# TypeError messages for unsupported operands
tests = [
    lambda: 1 + "a",
    lambda: "a" + 1,
    lambda: [1] + (2,),
    lambda: None + 1,
    lambda: {} + {},
    lambda: "a" - "b",
    lambda: [1] * 2.0,
    lambda: 1 / "2",
    lambda: "a" * "b",
    lambda: 2 ** "x",
    lambda: {1} + {2},
    lambda: 5 % None,
    lambda: -[1],
    lambda: 1 @ 2,
    lambda: "x" < 1,
    lambda: len(5),
    lambda: 3 in 3,
]
for t in tests:
    try:
        t()
    except TypeError as e:
        print(type(e).__name__, e)
