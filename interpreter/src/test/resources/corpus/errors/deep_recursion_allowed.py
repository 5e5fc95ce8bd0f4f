# Raising the recursion limit allows deeper (but finite) recursion
import sys

def depth(n):
    if n == 0:
        return 0
    return 1 + depth(n - 1)

old = sys.getrecursionlimit()
print(old)
print(depth(900))
sys.setrecursionlimit(5000)
print(sys.getrecursionlimit())
print(depth(3000))
sys.setrecursionlimit(old)
print(sys.getrecursionlimit() == old)
