# Single inheritance and method overriding
class Animal:
    def __init__(self, name):
        self.name = name
    def speak(self):
        return "..."
    def describe(self):
        return f"{self.name} says {self.speak()}"

class Dog(Animal):
    def speak(self):
        return "woof"

class Puppy(Dog):
    def speak(self):
        return Dog.speak(self) + "ish"

for a in (Animal("generic"), Dog("rex"), Puppy("bit")):
    print(a.describe())
print(isinstance(Puppy("p"), Animal), issubclass(Puppy, Dog), issubclass(Animal, Dog))
print(Puppy.__bases__[0].__name__, Dog.__base__.__name__, Animal.__base__.__name__)
class Cat(Animal):
    def __init__(self, name, indoor):
        super().__init__(name)
        self.indoor = indoor
c = Cat("tom", True)
print(c.name, c.indoor, c.describe())
print([k.__name__ for k in Puppy.__mro__])
