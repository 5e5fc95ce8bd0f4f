# typing: reprs of subscripted forms, get_origin/get_args/get_type_hints, Generic, NamedTuple, TypedDict
import typing as t
from typing import *
T = TypeVar('T'); K = TypeVar('K', bound=int); V = TypeVar('V', covariant=True)
for x in [Any, List, List[int], Dict[str, List[int]], Optional[int], Union[int, str], Union[int, str, None], Optional[Union[int, str]], Union[int], Callable[[int, str], bool], Callable[..., int], Callable[[], None], Tuple[int, ...], Tuple[()], Tuple[int, str], Literal['a', 1], ClassVar[int], Final[int], Set[T], T, K, V, Type[int], Iterable[int], Iterator[str], Generator[int, None, None], Sequence[int], Mapping[str, int], FrozenSet[int], Deque[int], DefaultDict[str, int], Annotated[int, 'm'], Dict[K, V][int, str], List['Foo'], NoReturn, Callable, Tuple, Optional, Union, Counter[str], Type, Awaitable[int], AnyStr, Text, Hashable, Sized]:
    print(repr(x))
print(get_origin(List[int]), get_args(Dict[str, int]), get_origin(Optional[int]), get_args(Optional[int]), get_args(Callable[[int], str]), get_origin(Callable[[int], str]), get_args(Annotated[int, 'x']), get_origin(Literal[1]), get_args(Literal[1, 2]))
print(Union[int, str] == Union[str, int], List[int] == List[int], Optional[int] == Union[None, int])
print(Deque[int]([1]))
class Stack(Generic[T]):
    def __init__(self): self.items = []
print(Stack[int], Stack[int]().items, Stack.__parameters__)
class P(NamedTuple):
    x: int
    y: str = 'a'
    def m(self): return self.x * 2
p = P(1); print(p, p.m(), p._fields, p._field_defaults, P.__annotations__, isinstance(p, tuple), p._replace(x=3), P._make([4, 'b']))
Q = NamedTuple('Q', [('a', int), ('b', float)]); print(Q(1, 2.0), Q.__annotations__)
try:
    class Bad(NamedTuple):
        a: int = 1
        b: int
except TypeError as e: print(e)
class Movie(TypedDict):
    name: str
    year: int
m = Movie(name='x', year=1); print(m, type(m), Movie.__annotations__, sorted(Movie.__required_keys__))
U = NewType('U', int); print(U(5), U)
print(cast(int, 'x'), TYPE_CHECKING)
def f(a: int, b: 'str' = None) -> List[int]: pass
print(get_type_hints(f))
class A:
    x: int
    y: 'List[str]'
class B(A):
    z: Optional[float]
print(get_type_hints(B))
def g(x: Annotated[int, 'meta']) -> None: pass
print(get_type_hints(g), get_type_hints(g, include_extras=True))
@overload
def h(x: int) -> int: ...
@overload
def h(x: str) -> str: ...
def h(x): return x
print(h(3), TypeVar('T').__name__, P.__name__)
@final
class Fin: pass
print(Fin.__final__)
def deco(x: Callable[[int], int]) -> Callable[..., Any]: return x
print(deco.__annotations__)
class Proto(Protocol):
    def meth(self) -> int: ...
print(Proto._is_protocol)
print(Literal['a'] == Literal['a'], hash(List[int]) == hash(List[int]), len({Optional[int], Union[int, None]}))
