# Classes whose __iter__ is a generator or returns a separate iterator
class Tree:
    def __init__(self, value, *children):
        self.value = value
        self.children = children
    def __iter__(self):
        yield self.value
        for child in self.children:
            yield from child

t = Tree(1, Tree(2, Tree(3)), Tree(4))
print(list(t), sum(t), 3 in t)
class Repeat:
    def __init__(self, item, times):
        self.item, self.times = item, times
    def __iter__(self):
        return RepeatIterator(self)
class RepeatIterator:
    def __init__(self, source):
        self.source = source
        self.left = source.times
    def __iter__(self):
        return self
    def __next__(self):
        if self.left == 0:
            raise StopIteration
        self.left -= 1
        return self.source.item
r = Repeat("ab", 3)
print(list(r), list(r))
it = iter(r)
print(next(it), iter(it) is it)
print("".join(Repeat("-", 5)))
