# Dict comprehensions
squares = {n: n * n for n in range(6)}
print(squares)
inv = {v: k for k, v in squares.items()}
print(inv)
evens = {k: v for k, v in squares.items() if v % 2 == 0}
print(evens)
words = ["apple", "bob", "cat", "apple", "dog", "bob"]
counts = {}
for w in words:
    counts[w] = counts.get(w, 0) + 1
print(counts)
first = {w[0]: w for w in words}
print(first)
print({i: [j for j in range(i)] for i in range(4)})
pairs = {(i, j): i * j for i in range(3) for j in range(3) if i <= j}
print(pairs)
print({k: v for k, v in zip("abc", range(10))})
