# Set and dict comprehensions
print(sorted({c for c in "mississippi"}))
print({n % 4 for n in range(20)})
print({len(w) for w in ["a", "bb", "cc", "ddd"]})
print({w: len(w) for w in ["one", "three", "five"]})
print({v: k for k, v in {"a": 1, "b": 2}.items()})
print({i: i * i for i in range(5) if i % 2})
print({k: [v for v in range(k)] for k in range(3)})
grades = [("ann", 90), ("bob", 72), ("cy", 85)]
print({name: ("pass" if g >= 75 else "fail") for name, g in grades})
print({(k, v) for k, v in zip(range(3), range(3))} == {(0, 0), (1, 1), (2, 2)})
print(type({x for x in ()}).__name__, type({x: x for x in ()}).__name__)
dup = {k % 3: k for k in range(10)}
print(dup)
