# Comprehensions calling functions and methods
def is_prime(n):
    return n > 1 and all(n % d for d in range(2, int(n ** 0.5) + 1))
print([n for n in range(50) if is_prime(n)])
words = "The Quick brown Fox".split()
print([w.lower() for w in words], [w for w in words if w.istitle()])
print(sorted([w for w in words], key=str.lower))
print([max(row) for row in [[1, 5], [7, 2], [0]]])
print(["".join(sorted(w)) for w in ["cab", "fed"]])
pairs = [(k, v) for k, v in sorted({"b": 2, "a": 1}.items())]
print(pairs)
print([f"{i}:{c}" for i, c in enumerate("xyz")])
print([divmod(n, 3) for n in range(7)])
