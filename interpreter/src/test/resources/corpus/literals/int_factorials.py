# Factorials computed with loops and recursion
def fact(n):
    return 1 if n <= 1 else n * fact(n - 1)

r = 1
for i in range(1, 31):
    r *= i
    if i % 5 == 0:
        print(i, r)
print(fact(50))
print(fact(25) // fact(23))
print(fact(40) % 1000000007)
print(len(str(fact(100))))
print(sum(int(d) for d in str(fact(100))))
print(fact(20) == 2432902008176640000)
print(fact(21) - fact(20) * 21)
