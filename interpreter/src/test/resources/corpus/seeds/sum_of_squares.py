# Seed workload: sum of squares with a generator expression
print(sum(i ** 2 for i in range(10 ** 5)))
print(sum(i * i for i in range(1000)))
