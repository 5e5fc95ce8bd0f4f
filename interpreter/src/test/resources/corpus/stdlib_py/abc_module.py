# abc: ABC, abstractmethod, abstract properties/classmethods, ABCMeta, register
from abc import ABC, ABCMeta, abstractmethod


class Shape(ABC):
    @abstractmethod
    def area(self):
        ...

    def describe(self):
        return '%s with area %s' % (type(self).__name__, self.area())


class Square(Shape):
    def __init__(self, side):
        self.side = side

    def area(self):
        return self.side ** 2


print(Square(3).describe(), isinstance(Square(1), Shape), issubclass(Square, Shape))
print(sorted(Shape.__abstractmethods__), sorted(Square.__abstractmethods__))
try:
    Shape()
except TypeError as e:
    print('TypeError', e)


class Solid(ABC):
    @abstractmethod
    def volume(self):
        pass

    @abstractmethod
    def surface(self):
        pass

    @property
    @abstractmethod
    def name(self):
        pass


class HalfDone(Solid):
    def volume(self):
        return 1


for cls in (Solid, HalfDone):
    try:
        cls()
    except TypeError as e:
        print('TypeError', e)


class Cube(HalfDone):
    def surface(self):
        return 6

    @property
    def name(self):
        return 'cube'


c = Cube()
print(c.volume(), c.surface(), c.name)


class Factory(ABC):
    @classmethod
    @abstractmethod
    def make(cls):
        pass

    @staticmethod
    @abstractmethod
    def helper():
        pass


class Concrete(Factory):
    @classmethod
    def make(cls):
        return cls.__name__

    @staticmethod
    def helper():
        return 'help'


print(Concrete.make(), Concrete().helper())
try:
    Factory()
except TypeError as e:
    print('TypeError', e)


class Plugin(metaclass=ABCMeta):
    @abstractmethod
    def run(self):
        pass


class Hello(Plugin):
    def run(self):
        return 'hello'


print(Hello().run(), isinstance(Hello(), Plugin))
try:
    Plugin()
except TypeError as e:
    print('TypeError', e)


class WithInit(ABC):
    def __init__(self, x, y=2):
        self.total = x + y


class Impl(WithInit):
    pass


print(Impl(1).total, Impl(1, y=5).total)


class Base(ABC):
    @abstractmethod
    def f(self):
        pass


Base.register(int)
print(Base.register(str) is str)
