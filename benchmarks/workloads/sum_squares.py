"""A generator expression summed: sum(i**2 for i in range(10**7))."""
print("sum of squares below 10**7 =", sum(i ** 2 for i in range(10 ** 7)))
