# An uncaught exception at module level has a single frame
values = [1, 2, 3]
print(sum(values))
result = values[1] / (values[0] - 1)
print(result)
