# Generators consumed by sum, list, zip, dict, sorted, any, all, enumerate
def squares(n):
    for i in range(n):
        yield i * i

print(sum(squares(10)), list(squares(5)), sorted(squares(4), reverse=True))
print(dict(zip("abc", squares(3))), list(enumerate(squares(3), 1)))
print(any(s > 10 for s in squares(5)), all(s < 100 for s in squares(10)))
print(min(squares(5)), max(squares(5)), tuple(squares(3)), set(squares(3)))
print(" ".join(str(s) for s in squares(4)))
print(list(map(str, squares(3))), list(filter(lambda v: v % 2, squares(6))))
a, b, *c = squares(5)
print(a, b, c)
print([*squares(3), *squares(2)])
print(len(list(squares(1000))))
def lines():
    yield "x = 1"
    yield "y = 2"
print(dict(line.split(" = ") for line in lines()))
