# Runaway recursion raises RecursionError, which can be caught
import sys

def runaway(n):
    return runaway(n + 1)

try:
    runaway(0)
except RecursionError as e:
    print(type(e).__name__, e)
    print(isinstance(e, RuntimeError))
depth = 0
def measure():
    global depth
    depth += 1
    measure()
try:
    measure()
except RecursionError:
    print("depth reached is close to the limit:", sys.getrecursionlimit() - 60 < depth <= sys.getrecursionlimit())
def fine(n):
    return 0 if n == 0 else 1 + fine(n - 1)
print(fine(500))
