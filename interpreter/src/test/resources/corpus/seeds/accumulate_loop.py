# Seed workload: accumulate in a loop inside a function
def accumulate():
    result = 0
    for i in range(400000):
        result += i
    return result

print(accumulate())
