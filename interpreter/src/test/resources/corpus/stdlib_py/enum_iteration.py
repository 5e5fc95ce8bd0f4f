# enum classes through the EnumType metaclass: iteration, len, membership, lookup, repr.
import enum
from enum import Enum, IntEnum, Flag, auto

class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3

print(type(Color).__name__, isinstance(Color, enum.EnumType))
for c in Color:
    print(c, repr(c), c.name, c.value)
print(len(Color), Color.RED in Color, list(Color), repr(Color))
print(Color['GREEN'], Color(3), bool(Color), list(reversed(Color)))
print(Color.__members__.keys() if hasattr(Color, '__members__') else None)
print(sorted(Color.__members__))

class Num(IntEnum):
    ONE = 1
    TWO = 2
print(list(Num), len(Num), Num.TWO in Num, repr(Num), Num(1) + 1)

class Perm(Flag):
    R = 4
    W = 2
    X = 1
print(list(Perm), len(Perm), repr(Perm), Perm.R | Perm.W)

class Auto(Enum):
    A = auto()
    B = auto()
print(list(Auto))
try:
    Color.RED = 5
except AttributeError as e:
    print("AttributeError", e)
try:
    Color['PINK']
except KeyError as e:
    print("KeyError", e)
