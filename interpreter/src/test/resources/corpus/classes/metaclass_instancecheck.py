# __instancecheck__ and __subclasscheck__ defined on a metaclass drive isinstance()/issubclass().
class Check(type):
    def __instancecheck__(cls, obj):
        print("instancecheck", cls.__name__, type(obj).__name__)
        return obj == 42
    def __subclasscheck__(cls, sub):
        print("subclasscheck", cls.__name__, sub.__name__)
        return sub is int

class Answer(metaclass=Check):
    pass

print(isinstance(42, Answer), isinstance(41, Answer), isinstance(Answer(), Answer))
print(issubclass(int, Answer), issubclass(str, Answer), issubclass(Answer, Answer))
print(isinstance(42, (str, Answer)))


print(isinstance(42, (str, Answer)), issubclass(int, (str, Answer)))
class Sub(Answer):
    pass
print(isinstance(42, Sub), issubclass(bool, Sub))
print(type.__instancecheck__(Answer, 42), type.__subclasscheck__(Answer, int))
