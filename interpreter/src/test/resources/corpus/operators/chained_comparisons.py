# Chained comparisons evaluate the middle operand once
def val(n, tag):
    print("eval", tag)
    return n

x = 2
print(1 < x < 3, 1 < x > 3, 3 > x > 1)
print(1 < val(2, "mid") < 3)
print(5 < val(2, "mid2") < val(9, "right"))
print(1 < val(2, "a") < val(3, "b") < val(4, "c"))
print(1 == 1 == 1, 1 == 1 != 2, 1 < 2 == 2)
print(1 < 2 < 3 < 4 < 5, 1 < 2 < 3 < 2)
print(0 <= x <= 2, 0 <= x < 2)
print(x in [1, 2] in [[1, 2]])
one = 1
print(one is not None is not False)
a = [1]
b = a
print(a is b is a, a == b is not None)
