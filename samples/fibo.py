"""Recursive Fibonacci, the CPU-bound task the seed documents hand to threads and processes."""
import sys


def fibo(n):
    if n == 0:
        return 0
    elif n == 1:
        return 1
    else:
        return fibo(n - 1) + fibo(n - 2)


if __name__ == "__main__":
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 27
    for i in range(0, n + 1, max(1, n // 6)):
        print(f"fibo({i}) = {fibo(i)}")
