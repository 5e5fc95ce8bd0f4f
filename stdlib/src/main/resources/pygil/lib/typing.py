"""Support for type hints (pygil's own implementation of CPython's `typing`).

Everything is usable in annotations and subscriptable, with CPython's reprs, get_origin,
get_args and get_type_hints.  Limits on pygil: isinstance() only accepts real classes, so
`isinstance(x, List)` raises TypeError (CPython answers for unsubscripted aliases);
`Generic[T]` and `Protocol[T]` evaluate to the classes Generic/Protocol themselves so they can
be used as bases (pygil has no __mro_entries__ yet); NamedTuple and TypedDict classes get
NamedTuple/TypedDict in their MRO.
"""

import collections
import collections.abc
import contextlib
import functools
import sys

__all__ = [
    'Annotated', 'Any', 'Callable', 'ClassVar', 'Concatenate', 'Final', 'ForwardRef',
    'Generic', 'Literal', 'Optional', 'ParamSpec', 'Protocol', 'Tuple', 'Type', 'TypeVar',
    'TypeVarTuple', 'Union', 'AbstractSet', 'ByteString', 'Container', 'ContextManager',
    'Hashable', 'ItemsView', 'Iterable', 'Iterator', 'KeysView', 'Mapping', 'MappingView',
    'MutableMapping', 'MutableSequence', 'MutableSet', 'Sequence', 'Sized', 'ValuesView',
    'Awaitable', 'AsyncIterator', 'AsyncIterable', 'Coroutine', 'Collection', 'AsyncGenerator',
    'AsyncContextManager', 'Reversible', 'SupportsAbs', 'SupportsBytes', 'SupportsComplex',
    'SupportsFloat', 'SupportsIndex', 'SupportsInt', 'SupportsRound', 'ChainMap', 'Counter',
    'Deque', 'Dict', 'DefaultDict', 'List', 'OrderedDict', 'Set', 'FrozenSet', 'NamedTuple',
    'TypedDict', 'Generator', 'BinaryIO', 'IO', 'Match', 'Pattern', 'TextIO', 'AnyStr',
    'assert_type', 'assert_never', 'cast', 'clear_overloads', 'dataclass_transform', 'final',
    'get_args', 'get_origin', 'get_overloads', 'get_type_hints', 'is_typeddict', 'LiteralString',
    'Never', 'NewType', 'no_type_check', 'no_type_check_decorator', 'NoReturn', 'NotRequired',
    'overload', 'ParamSpecArgs', 'ParamSpecKwargs', 'Required', 'reveal_type',
    'runtime_checkable', 'Self', 'Text', 'TYPE_CHECKING', 'TypeAlias', 'TypeGuard', 'Unpack',
]

TYPE_CHECKING = False
_NoneType = type(None)
_FunctionType = type(lambda: 0)


def _type_repr(obj):
    if isinstance(obj, type):
        if obj.__module__ == 'builtins':
            return obj.__qualname__
        return '%s.%s' % (obj.__module__, obj.__qualname__)
    if obj is ...:
        return '...'
    if isinstance(obj, _FunctionType):
        return obj.__name__
    return repr(obj)


def _type_convert(arg):
    if arg is None:
        return _NoneType
    if isinstance(arg, str):
        return ForwardRef(arg)
    return arg


def _collect_parameters(args):
    params = []
    for t in args:
        if isinstance(t, (TypeVar, ParamSpec, TypeVarTuple)):
            if t not in params:
                params.append(t)
        else:
            for p in getattr(t, '__parameters__', ()) if not isinstance(t, type) else ():
                if p not in params:
                    params.append(p)
    return tuple(params)


class _Final:
    """Base of the typing helper objects."""

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]

    def __reduce__(self):
        return self._name


class ForwardRef(_Final):
    """A string annotation that has not been evaluated yet."""

    def __init__(self, arg, is_argument=True, module=None, *, is_class=False):
        if not isinstance(arg, str):
            raise TypeError('Forward reference must be a string -- got %r' % (arg,))
        self.__forward_arg__ = arg
        self.__forward_evaluated__ = False
        self.__forward_value__ = None
        self.__forward_is_argument__ = is_argument
        self.__forward_is_class__ = is_class
        self.__forward_module__ = module

    def _evaluate(self, globalns, localns, recursive_guard=frozenset()):
        value = _eval(self.__forward_arg__, globalns, localns)
        self.__forward_evaluated__ = True
        self.__forward_value__ = _eval_type(_type_convert(value), globalns, localns)
        return self.__forward_value__

    def __eq__(self, other):
        if not isinstance(other, ForwardRef):
            return NotImplemented
        return self.__forward_arg__ == other.__forward_arg__ and \
            self.__forward_module__ == other.__forward_module__

    def __hash__(self):
        return hash((self.__forward_arg__, self.__forward_module__))

    def __repr__(self):
        if self.__forward_module__ is None:
            return 'ForwardRef(%r)' % (self.__forward_arg__,)
        return 'ForwardRef(%r, module=%r)' % (self.__forward_arg__, self.__forward_module__)


# ------------------------------------------------------------------------- special forms

class _SpecialForm(_Final):
    def __init__(self, name, getitem=None, doc=None):
        self._name = name
        self._getitem = getitem
        self.__doc__ = doc

    def __getattr__(self, item):
        if item in ('__name__', '__qualname__'):
            return self._name
        raise AttributeError(item)

    def __repr__(self):
        return 'typing.' + self._name

    def __call__(self, *args, **kwds):
        raise TypeError('Cannot instantiate %r' % self)

    def __getitem__(self, parameters):
        if self._getitem is None:
            raise TypeError('%r is not subscriptable' % self)
        return self._getitem(self, parameters)

    def __eq__(self, other):
        return self is other

    def __hash__(self):
        return hash(self._name)


def _tuple(parameters):
    return parameters if isinstance(parameters, tuple) else (parameters,)


def _union_getitem(self, parameters):
    if parameters == ():
        raise TypeError('Cannot take a Union of no types.')
    params = []
    for p in _tuple(parameters):
        p = _type_convert(p)
        if isinstance(p, _UnionGenericAlias):
            for q in p.__args__:
                if q not in params:
                    params.append(q)
        elif p not in params:
            params.append(p)
    if len(params) == 1:
        return params[0]
    return _UnionGenericAlias(self, tuple(params))


def _optional_getitem(self, parameters):
    return Union[parameters, None]


def _single_getitem(self, parameters):
    item = _type_convert(parameters)
    return _GenericAlias(self, (item,))


def _literal_getitem(self, parameters):
    values = []
    seen = []
    for p in _tuple(parameters):
        if isinstance(p, _LiteralGenericAlias):
            items = p.__args__
        else:
            items = (p,)
        for v in items:
            key = (v, type(v))
            if key not in seen:
                seen.append(key)
                values.append(v)
    return _LiteralGenericAlias(self, tuple(values))


def _concatenate_getitem(self, parameters):
    return _GenericAlias(self, tuple(_type_convert(p) for p in _tuple(parameters)))


Any = _SpecialForm('Any', doc='Special type indicating an unconstrained type.')
NoReturn = _SpecialForm('NoReturn')
Never = _SpecialForm('Never')
Self = _SpecialForm('Self')
LiteralString = _SpecialForm('LiteralString')
TypeAlias = _SpecialForm('TypeAlias')
ClassVar = _SpecialForm('ClassVar', _single_getitem)
Final = _SpecialForm('Final', _single_getitem)
TypeGuard = _SpecialForm('TypeGuard', _single_getitem)
Required = _SpecialForm('Required', _single_getitem)
NotRequired = _SpecialForm('NotRequired', _single_getitem)
Unpack = _SpecialForm('Unpack', _single_getitem)
Union = _SpecialForm('Union', _union_getitem)
Optional = _SpecialForm('Optional', _optional_getitem)
Literal = _SpecialForm('Literal', _literal_getitem)
Concatenate = _SpecialForm('Concatenate', _concatenate_getitem)


# ------------------------------------------------------------------------------ TypeVars

def _caller_module():
    try:
        return sys._getframe(2).f_globals.get('__name__', '__main__')
    except (AttributeError, ValueError):
        return '__main__'


class TypeVar(_Final):
    """Type variable: T = TypeVar('T'), TypeVar('N', int, float), TypeVar('B', bound=X)."""

    def __init__(self, name, *constraints, bound=None, covariant=False, contravariant=False):
        if covariant and contravariant:
            raise ValueError('Bivariant types are not supported.')
        if len(constraints) == 1:
            raise TypeError('A single constraint is not allowed')
        self.__name__ = name
        self.__covariant__ = bool(covariant)
        self.__contravariant__ = bool(contravariant)
        self.__constraints__ = tuple(_type_convert(c) for c in constraints)
        self.__bound__ = _type_convert(bound) if bound is not None else None
        self.__module__ = _caller_module()

    def __repr__(self):
        prefix = '+' if self.__covariant__ else '-' if self.__contravariant__ else '~'
        return prefix + self.__name__

    def __reduce__(self):
        return self.__name__


class TypeVarTuple(_Final):
    def __init__(self, name):
        self.__name__ = name

    def __repr__(self):
        return self.__name__

    def __iter__(self):
        yield Unpack[self]


class ParamSpecArgs(_Final):
    def __init__(self, origin):
        self.__origin__ = origin

    def __repr__(self):
        return '%s.args' % self.__origin__.__name__


class ParamSpecKwargs(_Final):
    def __init__(self, origin):
        self.__origin__ = origin

    def __repr__(self):
        return '%s.kwargs' % self.__origin__.__name__


class ParamSpec(_Final):
    """Parameter specification variable: P = ParamSpec('P')."""

    def __init__(self, name, *, bound=None, covariant=False, contravariant=False):
        self.__name__ = name
        self.__bound__ = bound
        self.__covariant__ = bool(covariant)
        self.__contravariant__ = bool(contravariant)
        self.__module__ = _caller_module()

    @property
    def args(self):
        return ParamSpecArgs(self)

    @property
    def kwargs(self):
        return ParamSpecKwargs(self)

    def __repr__(self):
        prefix = '+' if self.__covariant__ else '-' if self.__contravariant__ else '~'
        return prefix + self.__name__


# ------------------------------------------------------------------------ generic aliases

class _BaseGenericAlias(_Final):
    def __init__(self, origin, *, inst=True, name=None):
        self._inst = inst
        self._name = name
        self.__origin__ = origin

    def __call__(self, *args, **kwargs):
        if not self._inst:
            raise TypeError('Type %s cannot be instantiated; use %s() instead'
                            % (self._name, self.__origin__.__name__))
        result = self.__origin__(*args, **kwargs)
        try:
            result.__orig_class__ = self
        except (AttributeError, TypeError):
            pass
        return result

    def __mro_entries__(self, bases):
        return (self.__origin__,)

    def __getattr__(self, attr):
        if attr in ('__name__', '__qualname__'):
            return self._name or self.__origin__.__name__
        if not (attr.startswith('__') and attr.endswith('__')) and attr != '_name':
            return getattr(self.__origin__, attr)
        raise AttributeError(attr)


class _GenericAlias(_BaseGenericAlias):
    """A subscripted generic: List[int], Dict[str, T], MyGeneric[int]."""

    def __init__(self, origin, args, *, inst=True, name=None):
        _BaseGenericAlias.__init__(self, origin, inst=inst, name=name)
        if not isinstance(args, tuple):
            args = (args,)
        self.__args__ = tuple(... if a is ... else _type_convert(a) for a in args)
        self.__parameters__ = _collect_parameters(self.__args__)
        if not name:
            self.__module__ = getattr(origin, '__module__', None)

    def __eq__(self, other):
        if not isinstance(other, _GenericAlias):
            return NotImplemented
        return self.__origin__ == other.__origin__ and self.__args__ == other.__args__

    def __hash__(self):
        return hash((self.__origin__, self.__args__))

    def __getitem__(self, args):
        if self.__origin__ in (Generic, Protocol):
            raise TypeError('Cannot subscript already-subscripted %s' % self)
        if not self.__parameters__:
            raise TypeError('%s is not a generic class' % self)
        args = _tuple(args)
        if len(args) != len(self.__parameters__):
            raise TypeError('Too %s arguments for %s; actual %d, expected %d'
                            % ('many' if len(args) > len(self.__parameters__) else 'few', self,
                               len(args), len(self.__parameters__)))
        subst = dict(zip(self.__parameters__, (_type_convert(a) for a in args)))
        return self.copy_with(tuple(_subs_tvars(a, subst) for a in self.__args__))

    def copy_with(self, args):
        return self.__class__(self.__origin__, args, name=self._name, inst=self._inst)

    def __repr__(self):
        if self._name:
            name = 'typing.' + self._name
        else:
            name = _type_repr(self.__origin__)
        if self.__args__:
            args = ', '.join(_type_repr(a) for a in self.__args__)
        else:
            args = '()'
        return '%s[%s]' % (name, args)


def _subs_tvars(t, subst):
    if isinstance(t, (TypeVar, ParamSpec)):
        return subst.get(t, t)
    if isinstance(t, _GenericAlias) and t.__parameters__:
        return t.copy_with(tuple(_subs_tvars(a, subst) for a in t.__args__))
    return t


class _SpecialGenericAlias(_BaseGenericAlias):
    """An unsubscripted alias of a standard class: List, Dict, Iterable, ..."""

    def __init__(self, origin, nparams, *, inst=True, name=None, defaults=()):
        if name is None:
            name = origin.__name__
        _BaseGenericAlias.__init__(self, origin, inst=inst, name=name)
        self._nparams = nparams
        self._defaults = defaults

    def __getitem__(self, params):
        params = _tuple(params)
        params = tuple(_type_convert(p) for p in params)
        if self._defaults and len(params) < self._nparams and \
                len(params) + len(self._defaults) >= self._nparams:
            params = params + self._defaults[len(params) + len(self._defaults) - self._nparams:]
        if len(params) != self._nparams:
            raise TypeError('Too %s arguments for %s; actual %d, expected %d'
                            % ('many' if len(params) > self._nparams else 'few', self,
                               len(params), self._nparams))
        return self.copy_with(params)

    def copy_with(self, params):
        return _GenericAlias(self.__origin__, params, name=self._name, inst=self._inst)

    def __repr__(self):
        return 'typing.' + self._name

    def __eq__(self, other):
        if isinstance(other, _SpecialGenericAlias):
            return self.__origin__ is other.__origin__ and self._name == other._name
        return NotImplemented

    def __hash__(self):
        return hash((self.__origin__, self._name))


class _UnionGenericAlias(_GenericAlias):
    def copy_with(self, params):
        return Union[params]

    def __eq__(self, other):
        if not isinstance(other, _UnionGenericAlias):
            return NotImplemented
        return set(self.__args__) == set(other.__args__)

    def __hash__(self):
        return hash(frozenset(self.__args__))

    def __repr__(self):
        args = self.__args__
        if len(args) == 2:
            if args[0] is _NoneType:
                return 'typing.Optional[%s]' % _type_repr(args[1])
            if args[1] is _NoneType:
                return 'typing.Optional[%s]' % _type_repr(args[0])
        return 'typing.Union[%s]' % ', '.join(_type_repr(a) for a in args)


class _LiteralGenericAlias(_GenericAlias):
    def __init__(self, origin, args, **kwargs):
        _BaseGenericAlias.__init__(self, origin, name='Literal')
        self.__args__ = args
        self.__parameters__ = ()

    def __eq__(self, other):
        if not isinstance(other, _LiteralGenericAlias):
            return NotImplemented
        return set((v, type(v)) for v in self.__args__) == set((v, type(v)) for v in other.__args__)

    def __hash__(self):
        return hash(frozenset((v, type(v)) for v in self.__args__))

    def __repr__(self):
        return 'typing.Literal[%s]' % ', '.join(repr(a) for a in self.__args__)


class _CallableGenericAlias(_GenericAlias):
    def __repr__(self):
        args = self.__args__
        if len(args) == 2 and args[0] is ...:
            return 'typing.Callable[..., %s]' % _type_repr(args[1])
        return 'typing.Callable[[%s], %s]' % (', '.join(_type_repr(a) for a in args[:-1]),
                                              _type_repr(args[-1]))

    def copy_with(self, params):
        return _CallableGenericAlias(self.__origin__, params, name='Callable')


class _CallableType(_SpecialGenericAlias):
    def __getitem__(self, params):
        if not isinstance(params, tuple) or len(params) != 2:
            raise TypeError('Callable must be used as Callable[[arg, ...], result].')
        args, result = params
        if args is ...:
            params = (..., _type_convert(result))
        elif isinstance(args, (list, tuple)):
            params = tuple(_type_convert(a) for a in args) + (_type_convert(result),)
        else:
            raise TypeError('Callable[args, result]: args must be a list. Got %r' % (args,))
        return _CallableGenericAlias(self.__origin__, params, name='Callable')


class _TupleType(_SpecialGenericAlias):
    def __getitem__(self, params):
        if params == ():
            return _GenericAlias(tuple, (), name='Tuple')
        params = _tuple(params)
        if len(params) >= 2 and params[-1] is ...:
            return _GenericAlias(tuple, tuple(_type_convert(p) for p in params[:-1]) + (...,),
                                 name='Tuple')
        return _GenericAlias(tuple, tuple(_type_convert(p) for p in params), name='Tuple')


class _AnnotatedAlias(_GenericAlias):
    def __init__(self, origin, metadata):
        _GenericAlias.__init__(self, origin, (origin,))
        self.__metadata__ = metadata
        self._name = None

    def __repr__(self):
        return 'typing.Annotated[%s, %s]' % (_type_repr(self.__origin__),
                                             ', '.join(repr(a) for a in self.__metadata__))

    def __eq__(self, other):
        if not isinstance(other, _AnnotatedAlias):
            return NotImplemented
        return self.__origin__ == other.__origin__ and self.__metadata__ == other.__metadata__

    def __hash__(self):
        return hash((self.__origin__, self.__metadata__))

    def __call__(self, *args, **kwargs):
        return self.__origin__(*args, **kwargs)


def _annotated_getitem(self, params):
    if not isinstance(params, tuple) or len(params) < 2:
        raise TypeError('Annotated[...] should be used with at least two arguments '
                        '(a type and an annotation).')
    origin = _type_convert(params[0])
    metadata = tuple(params[1:])
    if isinstance(origin, _AnnotatedAlias):
        return _AnnotatedAlias(origin.__origin__, origin.__metadata__ + metadata)
    return _AnnotatedAlias(origin, metadata)


Annotated = _SpecialForm('Annotated', _annotated_getitem)

_abc = collections.abc
Hashable = _SpecialGenericAlias(_abc.Hashable, 0)
Awaitable = _SpecialGenericAlias(_abc.Awaitable, 1)
Coroutine = _SpecialGenericAlias(_abc.Coroutine, 3)
AsyncIterable = _SpecialGenericAlias(_abc.AsyncIterable, 1)
AsyncIterator = _SpecialGenericAlias(_abc.AsyncIterator, 1)
Iterable = _SpecialGenericAlias(_abc.Iterable, 1)
Iterator = _SpecialGenericAlias(_abc.Iterator, 1)
Reversible = _SpecialGenericAlias(_abc.Reversible, 1)
Sized = _SpecialGenericAlias(_abc.Sized, 0)
Container = _SpecialGenericAlias(_abc.Container, 1)
Collection = _SpecialGenericAlias(_abc.Collection, 1)
Callable = _CallableType(_abc.Callable, 2, name='Callable')
AbstractSet = _SpecialGenericAlias(_abc.Set, 1, name='AbstractSet')
MutableSet = _SpecialGenericAlias(_abc.MutableSet, 1)
Mapping = _SpecialGenericAlias(_abc.Mapping, 2)
MutableMapping = _SpecialGenericAlias(_abc.MutableMapping, 2)
Sequence = _SpecialGenericAlias(_abc.Sequence, 1)
MutableSequence = _SpecialGenericAlias(_abc.MutableSequence, 1)
ByteString = _SpecialGenericAlias(_abc.ByteString, 0)
Tuple = _TupleType(tuple, -1, inst=False, name='Tuple')
List = _SpecialGenericAlias(list, 1, inst=False, name='List')
Deque = _SpecialGenericAlias(collections.deque, 1, name='Deque')
Set = _SpecialGenericAlias(set, 1, inst=False, name='Set')
FrozenSet = _SpecialGenericAlias(frozenset, 1, inst=False, name='FrozenSet')
MappingView = _SpecialGenericAlias(_abc.MappingView, 1)
KeysView = _SpecialGenericAlias(_abc.KeysView, 1)
ItemsView = _SpecialGenericAlias(_abc.ItemsView, 2)
ValuesView = _SpecialGenericAlias(_abc.ValuesView, 1)
ContextManager = _SpecialGenericAlias(contextlib.AbstractContextManager, 1, name='ContextManager')
AsyncContextManager = _SpecialGenericAlias(contextlib.AbstractContextManager, 1,
                                           name='AsyncContextManager')
Dict = _SpecialGenericAlias(dict, 2, inst=False, name='Dict')
DefaultDict = _SpecialGenericAlias(collections.defaultdict, 2, name='DefaultDict')
OrderedDict = _SpecialGenericAlias(collections.OrderedDict, 2)
Counter = _SpecialGenericAlias(collections.Counter, 1)
ChainMap = _SpecialGenericAlias(collections.ChainMap, 2)
Generator = _SpecialGenericAlias(_abc.Generator, 3)
AsyncGenerator = _SpecialGenericAlias(_abc.AsyncGenerator, 2)
Type = _SpecialGenericAlias(type, 1, name='Type')


# --------------------------------------------------------------------- Generic / Protocol

class Generic:
    """Abstract base class for generic types: class Stack(Generic[T]): ...

    On pygil `Generic[T]` is Generic itself; the parameters are remembered for the class
    being defined (its __parameters__)."""

    _pending_params = ()

    def __class_getitem__(cls, params):
        params = tuple(_type_convert(p) for p in _tuple(params))
        if cls in (Generic, Protocol):
            if not params and cls is not Tuple:
                raise TypeError('Parameter list to %s[...] cannot be empty' % cls.__qualname__)
            for p in params:
                if not isinstance(p, (TypeVar, ParamSpec, TypeVarTuple)):
                    raise TypeError('Parameters to %s[...] must all be type variables or '
                                    'parameter specification variables.' % cls.__name__)
            Generic._pending_params = params
            return cls
        return _GenericAlias(cls, params)

    def __init_subclass__(cls, *args, **kwargs):
        super().__init_subclass__(*args, **kwargs)
        params = Generic._pending_params
        Generic._pending_params = ()
        if not params:
            params = []
            for base in cls.__bases__:
                for p in getattr(base, '__parameters__', ()):
                    if p not in params and base not in (Generic, Protocol):
                        params.append(p)
            params = tuple(params)
        cls.__parameters__ = params


Generic.__parameters__ = ()


class Protocol(Generic):
    """Base class for protocol classes (structural subtyping is not checked at runtime)."""

    _is_protocol = True
    _is_runtime_protocol = False

    def __init_subclass__(cls, *args, **kwargs):
        super().__init_subclass__(*args, **kwargs)
        if not cls.__dict__.get('_is_protocol', False):
            cls._is_protocol = any(b is Protocol for b in cls.__bases__)


def runtime_checkable(cls):
    """Mark a protocol class as a runtime protocol (no isinstance hook on pygil)."""
    cls._is_runtime_protocol = True
    return cls


class SupportsInt(Protocol):
    def __int__(self) -> int: ...


class SupportsFloat(Protocol):
    def __float__(self) -> float: ...


class SupportsComplex(Protocol):
    def __complex__(self) -> complex: ...


class SupportsBytes(Protocol):
    def __bytes__(self) -> bytes: ...


class SupportsIndex(Protocol):
    def __index__(self) -> int: ...


class SupportsAbs(Protocol):
    def __abs__(self): ...


class SupportsRound(Protocol):
    def __round__(self, ndigits: int = 0): ...


# --------------------------------------------------------------- NamedTuple / TypedDict

def _make_nmtuple(name, types, module, defaults=()):
    fields = [n for n, t in types]
    nt = collections.namedtuple(name, fields, defaults=defaults, module=module)
    nt.__annotations__ = dict(types)
    return nt


_nt_prohibited = frozenset({'__new__', '__init__', '__slots__', '__getnewargs__', '_fields',
                            '_field_defaults', '_make', '_replace', '_asdict', '_source'})


class NamedTuple(tuple):
    """Typed version of namedtuple: class P(NamedTuple): x: int; y: int = 0

    or P = NamedTuple('P', [('x', int), ('y', int)])."""

    def __new__(cls, *args, **kwargs):
        if cls is NamedTuple:
            if len(args) == 1 and not kwargs:
                raise TypeError('NamedTuple() missing 1 required positional argument: fields')
            typename, fields = args[0], args[1] if len(args) > 1 else kwargs
            if isinstance(fields, dict):
                fields = list(fields.items())
            types = [(n, _type_convert(t)) for n, t in fields]
            return _make_nmtuple(typename, types, _caller_module())
        return tuple.__new__(cls, *args)

    def __init_subclass__(cls, **kwargs):
        if NamedTuple not in cls.__bases__:
            return
        ns = cls.__dict__
        types = ns.get('__annotations__', {})
        fields = list(types)
        defaults = []
        default_names = []
        for name in fields:
            if name in ns:
                default_names.append(name)
                defaults.append(ns[name])
            elif defaults:
                raise TypeError('Non-default namedtuple field %s cannot follow default field%s %s'
                                % (name, 's' if len(default_names) > 1 else '',
                                   ', '.join(default_names)))
        for key in ns:
            if key in _nt_prohibited:
                raise AttributeError('Cannot overwrite NamedTuple attribute ' + key)
        typename, field_names = collections._nt_validate(cls.__name__, fields, False)
        namespace = collections._nt_namespace(typename, field_names, defaults)
        for key, value in namespace.items():
            if key in ('__doc__', '__slots__'):
                continue
            setattr(cls, key, value)
        cls.__annotations__ = {n: _type_convert(t) for n, t in types.items()}


def _typeddict_new(cls, *args, **kwargs):
    return dict(*args, **kwargs)


class TypedDict(dict):
    """A dict with a fixed set of typed keys; instances are plain dicts.

    class Movie(TypedDict): name: str; year: int   -- or TypedDict('Movie', {...})"""

    def __new__(cls, *args, total=True, **kwargs):
        if cls is TypedDict:
            typename, fields = args[0], (args[1] if len(args) > 1 else kwargs)
            ns = {'__annotations__': {n: _type_convert(t) for n, t in dict(fields).items()},
                  '__module__': _caller_module()}
            new = type(typename, (TypedDict,), ns)
            if not total:
                new.__total__ = False
                new.__optional_keys__ = frozenset(new.__annotations__)
                new.__required_keys__ = frozenset()
            return new
        return dict(*args, **kwargs)

    def __init_subclass__(cls, total=True, **kwargs):
        annotations = {}
        for base in reversed(cls.__mro__[1:]):
            if base is not TypedDict and issubclass(base, TypedDict):
                annotations.update(base.__dict__.get('__annotations__', {}))
        own = {n: _type_convert(t) for n, t in cls.__dict__.get('__annotations__', {}).items()}
        annotations.update(own)
        required = set()
        optional = set()
        for base in cls.__mro__[1:]:
            required |= set(getattr(base, '__required_keys__', ()))
            optional |= set(getattr(base, '__optional_keys__', ()))
        for name, tp in own.items():
            origin = get_origin(tp)
            if origin is Required or (total and origin is not NotRequired):
                required.add(name)
            else:
                optional.add(name)
        cls.__annotations__ = annotations
        cls.__required_keys__ = frozenset(required)
        cls.__optional_keys__ = frozenset(optional)
        cls.__total__ = total


def is_typeddict(tp):
    return isinstance(tp, type) and issubclass(tp, TypedDict) and tp is not TypedDict


class NewType:
    """NewType('UserId', int): a callable returning its argument, for type checkers."""

    def __init__(self, name, tp):
        self.__qualname__ = name
        if '.' in name:
            name = name.rpartition('.')[-1]
        self.__name__ = name
        self.__supertype__ = tp
        self.__module__ = _caller_module()

    def __repr__(self):
        return '%s.%s' % (self.__module__, self.__qualname__)

    def __call__(self, x):
        return x

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]


# --------------------------------------------------------------------------- functions
from _typing_functions import (  # noqa: E402 (needs the names above)
    _eval, _eval_type, _overload_dummy, _overload_registry, _strip_annotations, assert_never,
    assert_type, cast, clear_overloads, dataclass_transform, final, get_args, get_origin,
    get_overloads, get_type_hints, no_type_check, no_type_check_decorator, overload,
    reveal_type)

# ----------------------------------------------------------------------- IO and others

AnyStr = TypeVar('AnyStr', bytes, str)
AnyStr.__module__ = 'typing'
Text = str


class IO(Generic):
    """Generic base class for TextIO and BinaryIO."""

    mode = name = closed = None


class BinaryIO(IO):
    pass


class TextIO(IO):
    pass


class _PatternPlaceholder:
    pass


Pattern = _SpecialGenericAlias(_PatternPlaceholder, 1, name='Pattern')
Match = _SpecialGenericAlias(_PatternPlaceholder, 1, name='Match')
try:
    import re as _re
    Pattern = _SpecialGenericAlias(type(_re.compile('')), 1, name='Pattern')
    Match = _SpecialGenericAlias(type(_re.match('', '')), 1, name='Match')
except Exception:
    pass
