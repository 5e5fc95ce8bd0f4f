# dataclasses: generated __init__/__repr__/__eq__, order, frozen, field(), fields/asdict/astuple/replace
from dataclasses import dataclass, field, fields, asdict, astuple, replace, FrozenInstanceError, InitVar, KW_ONLY, is_dataclass, make_dataclass
from typing import List, ClassVar, Optional
@dataclass
class Point:
    x: int
    y: int = 0
    tags: List[str] = field(default_factory=list)
    count: ClassVar[int] = 0
p = Point(1); q = Point(1, 0)
print(p, p == q, p != Point(2), [f.name for f in fields(p)], asdict(p), astuple(p), replace(p, y=5))
print(Point.__doc__, Point.__match_args__, Point.__hash__)
try: Point()
except TypeError as e: print(e)
try: Point(1, 2, [], 4)
except TypeError as e: print(e)
@dataclass(order=True, frozen=True)
class V:
    a: int
    b: str = 'z'
print(V(1) < V(2), V(1, 'a') <= V(1, 'b'), sorted([V(3), V(1), V(2)]), hash(V(1)) == hash(V(1)), {V(1), V(1)})
try: V(1).a = 5
except FrozenInstanceError as e: print(type(e).__name__, e)
try: V(1) < 3
except TypeError as e: print(e)
try:
    @dataclass
    class Bad:
        x: list = []
except ValueError as e: print(e)
try:
    @dataclass
    class Bad2:
        x: int = 1
        y: int
except TypeError as e: print(e)
@dataclass
class C(Point):
    z: float = 1.5
    def total(self): return self.x + self.y + self.z
print(C(1, 2, ['t'], 3.0), C(1).total(), fields(C)[-1].name)
@dataclass
class WithPost:
    a: int
    b: int = field(init=False)
    scale: InitVar[int] = 2
    def __post_init__(self, scale): self.b = self.a * scale
w = WithPost(3); print(w, WithPost(3, 5))
@dataclass
class KW:
    a: int
    _: KW_ONLY
    b: int = 2
    c: int = field(default=3, repr=False)
print(KW(1, b=5), KW.__match_args__)
try: KW(1, 2)
except TypeError as e: print(e)
@dataclass
class Nested:
    pts: List[Point]
    opt: Optional[dict] = None
n = Nested([Point(1), Point(2, 3)], {'k': [1]}); print(asdict(n))
print(is_dataclass(n), is_dataclass(Nested), is_dataclass(3))
M = make_dataclass('M', [('a', int), ('b', str, field(default='q'))]); print(M(1))
@dataclass(eq=False)
class NoEq:
    a: int
print(NoEq(1) == NoEq(1), NoEq(1).__eq__(NoEq(1)))
@dataclass(unsafe_hash=True)
class UH:
    a: int
    b: list = field(default_factory=list, hash=False, compare=False)
print(hash(UH(1)) == hash(UH(1)), UH(1) == UH(1, [2]))
def outer():
    @dataclass
    class Inner:
        v: int
    return Inner(7)
print(outer())
print(repr(fields(Point)[0].type), fields(Point)[1].default, fields(Point)[2].default_factory)
