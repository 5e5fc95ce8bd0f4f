# len() of different objects
print(len("abc"), len([1, 2]), len((1,)), len({"a": 1}), len({1, 2, 3}), len(range(0, 10, 2)), len(b"xy"))
print(len(""), len([]), len(()), len({}), len(set()), len(range(0)))
class Sized:
    def __len__(self):
        return 7
print(len(Sized()))
for bad in (5, 2.5, None, iter([1])):
    try:
        len(bad)
    except TypeError as e:
        print(type(e).__name__, e)
l = []
for i in range(5):
    l.append(i)
    print(len(l), end=" ")
print()
print(len([[1, 2], [3]]), len("\n\t"), len(str(10 ** 10)))
