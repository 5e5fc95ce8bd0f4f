# A subclass's reflected method is tried before the base class's method
class Base:
    def __add__(self, other):
        return "Base.__add__"
    def __radd__(self, other):
        return "Base.__radd__"
    def __lt__(self, other):
        return "Base.__lt__"
    def __gt__(self, other):
        return "Base.__gt__"
class Derived(Base):
    def __radd__(self, other):
        return "Derived.__radd__"
    def __gt__(self, other):
        return "Derived.__gt__"

print(Base() + Base())
print(Base() + Derived())
print(Derived() + Base())
print(Base() < Derived())
print(Base() < Base())
print(1 + Base())
class Other:
    pass
print(Other.__eq__(Other(), 1))
