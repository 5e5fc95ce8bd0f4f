# A full custom sequence type
class Stack:
    def __init__(self, *items):
        self._items = list(items)
    def push(self, x):
        self._items.append(x)
    def pop(self):
        return self._items.pop()
    def __len__(self):
        return len(self._items)
    def __getitem__(self, i):
        return self._items[i]
    def __iter__(self):
        return iter(reversed(self._items))
    def __contains__(self, x):
        return x in self._items
    def __eq__(self, other):
        return isinstance(other, Stack) and self._items == other._items
    def __repr__(self):
        return f"Stack({', '.join(map(repr, self._items))})"
    def __bool__(self):
        return bool(self._items)

s = Stack(1, 2)
s.push(3)
print(s, len(s), s[0], s[-1], s[0:2])
print(list(s), 2 in s, 9 in s)
print(s == Stack(1, 2, 3), s == [1, 2, 3], s != Stack())
print(s.pop(), s, bool(s), bool(Stack()))
for x in s:
    print("item", x)
print(sorted(s), max(s), sum(s))
