# super() in __init__ and other methods
class Base:
    def __init__(self):
        print("Base.__init__")
        self.base_ready = True
    def greet(self):
        return "hello from Base"

class Child(Base):
    def __init__(self):
        print("Child.__init__ start")
        super().__init__()
        print("Child.__init__ end")
    def greet(self):
        return super().greet() + " via Child"

class GrandChild(Child):
    def greet(self):
        return super().greet() + " via GrandChild"

g = GrandChild()
print(g.base_ready)
print(g.greet())
print(super(Child, g).greet())
class WithClassmethod(Base):
    @classmethod
    def make(cls):
        print("making", cls.__name__)
        return cls()
w = WithClassmethod.make()
print(type(w).__name__)
