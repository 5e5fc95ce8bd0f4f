# Returning NotImplemented triggers the reflected operation or TypeError
class A:
    def __add__(self, other):
        print("A.__add__")
        return NotImplemented
    def __eq__(self, other):
        print("A.__eq__")
        return NotImplemented
class B:
    def __radd__(self, other):
        print("B.__radd__")
        return "B handled it"
    def __eq__(self, other):
        print("B.__eq__")
        return NotImplemented

print(A() + B())
try:
    A() + A()
except TypeError as e:
    print(type(e).__name__, e)
print(A() == B())
a = A()
print(a == a)
class Sub(B):
    def __radd__(self, other):
        print("Sub.__radd__")
        return "Sub handled"
    def __add__(self, other):
        return "Sub.__add__"
print(B() + Sub())
print(Sub() + B())
class Num:
    def __lt__(self, other):
        return NotImplemented
try:
    Num() < Num()
except TypeError as e:
    print(type(e).__name__, e)
