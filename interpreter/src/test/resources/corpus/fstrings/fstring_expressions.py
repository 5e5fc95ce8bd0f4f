# Arbitrary expressions inside f-strings
def sq(n):
    return n * n

nums = [3, 1, 2]
print(f"{sq(4)} {sq(sq(2))}")
print(f"{sorted(nums)} {max(nums)} {sum(nums)}")
print(f"{[n * 2 for n in nums]}")
print(f"{', '.join(str(n) for n in nums)}")
print(f"{(lambda v: v + 1)(9)}")
print(f"{nums[0] if nums else None}")
print(f"{'yes' if 3 in nums else 'no'}")
print(f"{dict(a=1)}")
print(f"{'-' * 10}")
a, b = 7, 2
print(f"{a} / {b} = {a / b:.3f}, {a} // {b} = {a // b}, {a} % {b} = {a % b}")
print(f"{a:>{b + 3}}")
t = f"{a}" + f"{b}"
print(t, type(t).__name__)
print(f"{f'{a}{b}'}")
