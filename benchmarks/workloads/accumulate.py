"""A function that accumulates with a for loop, called 50 times (a seed document's workload)."""


def accumulate():
    result = 0
    for i in range(4000000):
        result += i
    return result


total = 0
for _ in range(50):
    total = accumulate()
print("accumulate() =", total)
