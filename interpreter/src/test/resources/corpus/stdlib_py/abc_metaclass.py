# abc.ABCMeta as a real metaclass: abstract methods, register(), __subclasshook__, collections.abc checks.
import abc
from abc import ABC, ABCMeta, abstractmethod

class Shape(ABC):
    @abstractmethod
    def area(self): ...

print(type(Shape).__name__, isinstance(Shape, ABCMeta))
try:
    Shape()
except TypeError as e:
    print("TypeError", e)

class Sq(Shape):
    def area(self): return 4
print(Sq().area(), isinstance(Sq(), Shape), issubclass(Sq, Shape))

class Duck(metaclass=ABCMeta):
    @classmethod
    def __subclasshook__(cls, C):
        if cls is Duck:
            return hasattr(C, 'quack') or NotImplemented
        return NotImplemented

class Mallard:
    def quack(self): pass
print(issubclass(Mallard, Duck), isinstance(Mallard(), Duck), issubclass(int, Duck))

class Seq(ABC): pass
Seq.register(tuple)
print(issubclass(tuple, Seq), isinstance((1,), Seq), isinstance([], Seq))
@Seq.register
class MyT: pass
print(issubclass(MyT, Seq))
from collections.abc import Iterable, Sequence, Mapping, MutableMapping, Hashable, Sized, Callable, Set, Iterator
print(isinstance([], Iterable), isinstance([], Sequence), isinstance({}, Mapping), isinstance({}, MutableMapping))
print(isinstance(1, Hashable), isinstance([], Hashable), isinstance("", Sized), isinstance(len, Callable))
print(isinstance(frozenset(), Set), isinstance(iter([]), Iterator), isinstance(3, Iterable), issubclass(dict, Mapping))
class MyMap(Mapping):
    def __getitem__(self, k): return 1
    def __len__(self): return 0
    def __iter__(self): return iter(())
m = MyMap()
print(isinstance(m, Mapping), dict(m), m.get('x'), type(Mapping).__name__)
try:
    Sequence()
except TypeError as e:
    print(e)
import dataclasses
@dataclasses.dataclass
class P:
    x: int = 1
print(P())
