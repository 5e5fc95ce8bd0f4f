# Objects with only __getitem__ are iterable (old sequence protocol)
class Squares:
    def __getitem__(self, i):
        print("getitem", i)
        if i >= 4:
            raise IndexError(i)
        return i * i

for v in Squares():
    print("value", v)
print(list(Squares()))
print(4 in Squares())
it = iter(Squares())
print(next(it), next(it))
class Letters:
    def __init__(self, s):
        self.s = s
    def __getitem__(self, i):
        return self.s[i]
    def __len__(self):
        return len(self.s)
print(list(Letters("abc")), len(Letters("abc")), "".join(reversed(Letters("xyz"))))
