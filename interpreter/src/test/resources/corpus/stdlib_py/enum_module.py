# enum: members, value/name lookup, auto, aliases, unique, IntEnum, Flag, IntFlag, StrEnum, functional API
# (class-level iteration/len/`in` need metaclass support in pygil: see enum.py)
from enum import Enum, IntEnum, Flag, IntFlag, StrEnum, auto, unique
class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
    def describe(self): return '%s is %d' % (self.name, self.value)
    @classmethod
    def favorite(cls): return cls.RED
print(Color.RED, repr(Color.RED), Color.RED.name, Color.RED.value, Color(2), Color['BLUE'], Color.RED.describe(), Color.favorite())
print(Color.RED is Color(1), Color.RED == Color.RED, Color.RED != Color.GREEN, Color.RED == 1, isinstance(Color.RED, Color), type(Color.RED).__name__)
print(list(Color.__members__), [m.value for m in Color.__members__.values()], Color._member_names_)
print(f'{Color.GREEN}', f'{Color.GREEN:>14}|', '%s' % Color.BLUE, {Color.RED: 'r'}[Color.RED], hash(Color.RED) == hash(Color.RED))
try: Color(7)
except ValueError as e: print(e)
try: Color['PURPLE']
except KeyError as e: print('KeyError', e)
class P(IntEnum):
    LOW = 1
    HIGH = 2
print(P.HIGH, repr(P.HIGH), P.HIGH + 1, P.HIGH > P.LOW, P(1), P['HIGH'], P.LOW == 1, sorted([P.HIGH, P.LOW]), f'{P.HIGH:>3}', hash(P.LOW) == hash(1), isinstance(P.LOW, int))
class A(Enum):
    X = auto()
    Y = auto()
    Z = 10
    W = auto()
print([(m.name, m.value) for m in A.__members__.values()])
class Al(Enum):
    A = 1
    B = 1
print(Al.B is Al.A, Al.B, list(Al.__members__), Al._member_names_)
try:
    @unique
    class U(Enum):
        A = 1
        B = 1
except ValueError as e: print(e)
try:
    class D(Color): PINK = 4
except TypeError as e: print(e)
class Planet(Enum):
    MERCURY = (3.303e+23, 2.4397e6)
    EARTH = (5.976e+24, 6.37814e6)
    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius
    @property
    def gravity(self): return 6.673e-11 * self.mass / (self.radius * self.radius)
print(Planet.EARTH.mass, Planet.EARTH.value, round(Planet.EARTH.gravity, 3), Planet((3.303e+23, 2.4397e6)))
class F(Flag):
    R = auto(); W = auto(); X = auto()
rw = F.R | F.W
print(repr(rw), str(rw), repr(F(0)), str(F(0)), list(F.R | F.X), F.R in rw, bool(F(0)), repr(~F.R), (rw).name, F(7).value, rw & F.W, len(rw))
class I(IntFlag):
    R = 4; W = 2; X = 1
print(repr(I.R | I.W), str(I.R | I.W), I.R | 8, repr(I.R | 8), I(0), repr(~I.R), I.R | I.W == 6)
class S(StrEnum):
    A = auto(); B = 'bee'
print(repr(S.A), str(S.A), S.A == 'a', S.B.upper(), f'{S.B}')
Anim = Enum('Anim', 'CAT DOG')
print(Anim.CAT, repr(Anim.DOG), Anim(2), Enum('B', [('P', 5), ('Q', 6)])(6), Enum('C', {'X': 'x'}).X.value)
class Shape(Enum):
    SQUARE = 'sq'
    def __str__(self): return 'Shape<' + self.value + '>'
print(Shape.SQUARE, Shape('sq').name)
class Mood(Enum):
    HAPPY = 3
    @classmethod
    def _missing_(cls, value):
        if isinstance(value, str): return cls.HAPPY
print(Mood('whatever'))
import copy
print(copy.deepcopy(Color.RED) is Color.RED, Color.RED.__class__ is Color)
