# Infinite generators consumed with break and zip
def naturals():
    n = 0
    while True:
        yield n
        n += 1

for n in naturals():
    if n * n > 50:
        print("first square over 50:", n)
        break
evens = (n for n in naturals() if n % 2 == 0)
print([next(evens) for _ in range(5)])
print(list(zip("abc", naturals())))
def primes():
    found = []
    for n in naturals():
        if n < 2:
            continue
        if all(n % p for p in found):
            found.append(n)
            yield n
p = primes()
print([next(p) for _ in range(10)])
def take(n, it):
    return [x for _, x in zip(range(n), it)]
print(take(4, naturals()), take(3, primes()))
