# + * and comparison of lists
a = [1, 2]
b = [3]
print(a + b, b + a, a * 2, 0 * a, [] * 5)
print(a == [1, 2], a != b, a < b, [1, 2, 3] > a, [2] > [1, 9, 9])
print([] < [0], [[1]] < [[2]], [1, 2] <= [1, 2])
c = a
c += b
print(a, c is a)
c = c + [4]
print(a, c, c is a)
d = a
d *= 2
print(a, d is a)
print(max([[1, 2], [1, 3], [0, 9]]), min([[], [0]]))
print([1, 2, 3] == [1.0, 2.0, 3.0], [1] == [True])
print(len([[]] * 4), [None, None] == [None] * 2)
