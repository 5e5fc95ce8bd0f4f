# min/max with key= and default=, sum with start
nums = [4, -7, 2, 9, -1]
print(min(nums), max(nums), min(3, 1, 2), max("b", "a", "c"))
print(min(nums, key=abs), max(nums, key=abs), max(nums, key=lambda n: -n))
print(min([], default="empty"), max((), default=None))
print(max(["aa", "b", "ccc", "dd"], key=len), min(["aa", "b", "c"], key=len))
print(max([(1, "b"), (1, "c"), (0, "z")]))
try:
    min([])
except ValueError as e:
    print(type(e).__name__, e)
try:
    max(1)
except TypeError as e:
    print(type(e).__name__, e)
print(sum(nums), sum(nums, 100), sum([0.5, 0.25]), sum([]), sum(range(1, 11)))
print(sum([[1], [2, 3]], []), sum((i for i in range(5)), 0.0))
try:
    sum(["a", "b"], "")
except TypeError as e:
    print(type(e).__name__, e)
print(max(1, 2.5), min(True, 0), max(2 ** 70, 1e20))
