# Classic recursive Fibonacci
def fibo(n):
    if n <= 1:
        return n
    return fibo(n - 1) + fibo(n - 2)

for n in (0, 1, 2, 10, 20):
    print(f"fibo({n}) = {fibo(n)}")
calls = 0
def counted(n):
    global calls
    calls += 1
    return n if n <= 1 else counted(n - 1) + counted(n - 2)
print(counted(15), calls)
