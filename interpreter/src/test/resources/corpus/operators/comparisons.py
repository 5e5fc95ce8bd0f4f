# Comparison operators on numbers, strings and sequences
print(1 < 2, 2 < 1, 1 <= 1, 1 >= 2, 1 == 1, 1 != 1)
print("a" < "b", "abc" < "abd", "ab" < "abc", "B" < "a", "" < "a")
print([1, 2] < [1, 3], [1, 2] < [1, 2, 0], (1, 2) == (1, 2), (2,) > (1, 9))
print([1, 2] == [1, 2], [1, 2] == (1, 2), [] == [], () == ())
print({1: 2} == {1: 2}, {1, 2} == {2, 1}, {1} < {1, 2}, {1, 2} <= {1, 2})
print(None == None, None != 0, "1" == 1)
print(1 == 1.0 == True, 0.1 + 0.2 == 0.3)
try:
    print(1 < "2")
except TypeError as e:
    print(type(e).__name__, e)
try:
    print([1] < (1,))
except TypeError as e:
    print(type(e).__name__, e)
try:
    print(None < None)
except TypeError as e:
    print(type(e).__name__, e)
print([1, "a"] == [1, "a"], [1, [2, 3]] < [1, [2, 4]])
