# Multiple for clauses and nested comprehensions
print([(x, y) for x in range(3) for y in range(3) if x != y])
print([x * y for x in range(1, 4) for y in range(x)])
matrix = [[1, 2, 3], [4, 5, 6]]
print([v for row in matrix for v in row])
print([[row[i] for row in matrix] for i in range(3)])
print([[i * j for j in range(1, 4)] for i in range(1, 4)])
print([(a, b, c) for a in range(1, 20) for b in range(a, 20) for c in range(b, 20) if a * a + b * b == c * c])
print([y for x in ["ab", "cd"] for y in x])
print({(i, j) for i in range(2) for j in range(2)} == {(0, 0), (0, 1), (1, 0), (1, 1)})
print([[c for c in w if c in "aeiou"] for w in ["hello", "sky", "queue"]])
