# Seed workload: big integer arithmetic
def fact(n):
    r = 1
    for i in range(2, n + 1):
        r *= i
    return r

f = fact(1000)
print(len(str(f)), sum(int(c) for c in str(f)), f % 1000000007)
a, b = 0, 1
for _ in range(1000):
    a, b = b, a + b
print(len(str(a)), a % 10 ** 10)
print(pow(3, 10 ** 5, 10 ** 9 + 7))
