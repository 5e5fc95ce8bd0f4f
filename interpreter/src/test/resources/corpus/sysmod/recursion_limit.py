# getrecursionlimit / setrecursionlimit
import sys

original = sys.getrecursionlimit()
print("default", original)
sys.setrecursionlimit(2000)
print("raised", sys.getrecursionlimit())

def down(n):
    return 0 if n == 0 else 1 + down(n - 1)

print(down(1500))
sys.setrecursionlimit(original)
print("restored", sys.getrecursionlimit())
try:
    sys.setrecursionlimit(0)
except ValueError as e:
    print(type(e).__name__, e)
try:
    sys.setrecursionlimit("100")
except TypeError as e:
    print(type(e).__name__, e)
