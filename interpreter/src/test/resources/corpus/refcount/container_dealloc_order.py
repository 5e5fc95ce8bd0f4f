# CPython releases list/tuple items last-to-first and dict/attribute values first-to-last
class Tracked:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("del", self.name)

items = [Tracked("list0"), Tracked("list1"), Tracked("list2")]
items = None
print("---")
t = (Tracked("tuple0"), Tracked("tuple1"))
t = None
print("---")
d = {"a": Tracked("dict-a"), "b": Tracked("dict-b")}
d = None
print("---")
class Holder:
    def __del__(self):
        print("del holder")
h = Holder()
h.first = Tracked("attr-first")
h.second = Tracked("attr-second")
h = None
print("---")
lst = [Tracked("clear0"), Tracked("clear1")]
lst.clear()
print("---")
lst = [Tracked("slice0"), Tracked("slice1"), Tracked("slice2")]
del lst[0:2]
print("---")
lst = None
print("end")
