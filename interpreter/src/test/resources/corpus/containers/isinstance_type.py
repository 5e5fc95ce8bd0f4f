# isinstance, issubclass and type()
print(isinstance(1, int), isinstance(1.0, int), isinstance(True, int), isinstance("s", (int, str)))
print(isinstance([], list), isinstance((), list), isinstance({}, dict), isinstance(None, type(None)))
print(issubclass(bool, int), issubclass(int, bool), issubclass(int, object), issubclass(list, (dict, list)))
print(type(1), type("s"), type([]), type(None), type(type))
print(type(1).__name__, type(1.5).__name__, type({}).__name__, type(set()).__name__, type(range(1)).__name__)
print(type(3) == int, type(True) == int, type(type(3)) is type)
class A: pass
class B(A): pass
b = B()
print(isinstance(b, A), isinstance(b, B), type(b) is A, type(b).__name__, issubclass(B, A), issubclass(A, B))
print(isinstance(A, type), isinstance(b, object), isinstance(int, object))
print(type(len).__name__, type(lambda: 0).__name__, type(print).__name__)
try:
    isinstance(1, 2)
except TypeError as e:
    print(type(e).__name__, e)
