# Cooperative super() follows the MRO, not the base class
class Root:
    def hello(self):
        print("Root.hello")
    def __init__(self):
        print("Root.__init__")

class Left(Root):
    def hello(self):
        print("Left.hello")
        super().hello()
    def __init__(self):
        print("Left.__init__")
        super().__init__()

class Right(Root):
    def hello(self):
        print("Right.hello")
        super().hello()
    def __init__(self):
        print("Right.__init__")
        super().__init__()

class Bottom(Left, Right):
    def hello(self):
        print("Bottom.hello")
        super().hello()
    def __init__(self):
        print("Bottom.__init__")
        super().__init__()

b = Bottom()
b.hello()
print([c.__name__ for c in Bottom.__mro__])
Left().hello()
