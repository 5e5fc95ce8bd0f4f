"""Enumerations (pygil's own implementation of CPython's `enum`).

Members are created by `Enum.__init_subclass__`.  `EnumType` is a real metaclass, so enum
classes are iterable, sized, subscriptable by name and support `member in Color` and
`repr(Color)`.  (On a runtime without metaclass support it falls back to `type`, and those
class-level protocols are missing.)
"""

import sys

__all__ = ['EnumType', 'EnumMeta', 'Enum', 'IntEnum', 'StrEnum', 'Flag', 'IntFlag', 'ReprEnum',
           'auto', 'unique', 'property', 'verify', 'member', 'nonmember', 'FlagBoundary',
           'STRICT', 'CONFORM', 'EJECT', 'KEEP', 'global_flag_repr', 'global_enum_repr',
           'global_str', 'global_enum', 'EnumCheck', 'CONTINUOUS', 'NAMED_FLAGS', 'UNIQUE',
           'pickle_by_global_name', 'pickle_by_enum_name']

_builtin_property = property


class auto:
    """Instances are replaced with an appropriate value in Enum class suites."""

    _count = 0

    def __init__(self, value=None):
        self.value = value
        auto._count += 1
        self._order = auto._count

    def __repr__(self):
        return 'auto(%r)' % (self.value,)


class member:
    """Forces an item to become an Enum member."""

    def __init__(self, value):
        self.value = value


class nonmember:
    """Protects an item from becoming an Enum member."""

    def __init__(self, value):
        self.value = value


property = _builtin_property


class FlagBoundary:
    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return '<FlagBoundary.%s: %r>' % (self.name.upper(), self.name)


STRICT = FlagBoundary('strict')
CONFORM = FlagBoundary('conform')
EJECT = FlagBoundary('eject')
KEEP = FlagBoundary('keep')


class EnumCheck:
    def __init__(self, name):
        self.name = name


CONTINUOUS = EnumCheck('no skipped integer values')
NAMED_FLAGS = EnumCheck('multi-flag aliases may not contain unnamed flags')
UNIQUE = EnumCheck('one name per value')


def _is_dunder(name):
    return len(name) > 4 and name[:2] == name[-2:] == '__' and name[2] != '_' and name[-3] != '_'


def _is_sunder(name):
    return len(name) > 2 and name[0] == name[-1] == '_' and name[1] != '_' and name[-2] != '_'


def _is_private(cls_name, name):
    pattern = '_%s__' % (cls_name.lstrip('_'),)
    return len(name) > len(pattern) and name.startswith(pattern) and not name.endswith('__')


def _is_descriptor(obj):
    t = type(obj)
    return hasattr(t, '__get__') or hasattr(t, '__set__') or hasattr(t, '__delete__')


def _enum_repr(cls):
    return "<%s %r>" % ('flag' if _Flag is not None and issubclass(cls, _Flag) else 'enum',
                        cls.__name__)


# -------------------------------------------------------------------------- the metaclass

try:
    class EnumType(type):
        """Metaclass for Enum (only where the runtime supports metaclasses)."""

        def __iter__(cls):
            return (cls._member_map_[name] for name in cls._member_names_)

        def __reversed__(cls):
            return (cls._member_map_[name] for name in reversed(cls._member_names_))

        def __len__(cls):
            return len(cls._member_names_)

        def __contains__(cls, value):
            if isinstance(value, cls):
                return True
            return value in cls._value2member_map_ or \
                any(m._value_ == value for m in cls._member_map_.values())

        def __getitem__(cls, name):
            return cls._member_map_[name]

        def __bool__(cls):
            return True

        def __repr__(cls):
            return _enum_repr(cls)

        def __call__(cls, value, names=None, *, module=None, qualname=None, type=None, start=1,
                     boundary=None):
            if names is None:
                return cls.__new__(cls, value)
            return cls._create_(value, names, module=module, qualname=qualname, type=type,
                                start=start, boundary=boundary)

        @_builtin_property
        def __members__(cls):
            return dict(cls._member_map_)

        def __setattr__(cls, name, value):
            member_map = cls.__dict__.get('_member_map_', {})
            if name in member_map:
                raise AttributeError('cannot reassign member %r' % (name,))
            super().__setattr__(name, value)

        def __delattr__(cls, attr):
            if attr in cls.__dict__.get('_member_map_', {}):
                raise AttributeError('%r cannot delete member %r.' % (cls.__name__, attr))
            super().__delattr__(attr)

    _HAVE_METACLASS = True
except NotImplementedError:
    EnumType = type
    _HAVE_METACLASS = False

EnumMeta = EnumType
_Flag = None
_set_class_attr = type.__setattr__


def _noop_init(self, *args, **kwds):
    pass


def _lookup_new(cls, value, names=None, *, module=None, qualname=None, type=None, start=1,
                boundary=None):
    """`Color(value)`: the member with that value (or the functional API with `names`)."""
    if names is not None:
        return cls._create_(value, names, module=module, qualname=qualname, type=type,
                            start=start, boundary=boundary)
    if builtin_type(value) is cls:
        return value
    try:
        return cls._value2member_map_[value]
    except KeyError:
        pass
    except TypeError:
        pass
    for m in cls._member_map_.values():
        if m._value_ == value:
            return m
    exc = None
    result = None
    try:
        result = cls._missing_(value)
    except Exception as e:
        exc = e
    if isinstance(result, cls):
        return result
    if _Flag is not None and issubclass(cls, _Flag) and cls._boundary_ is EJECT and isinstance(result, int):
        return result
    ve_exc = ValueError('%r is not a valid %s' % (value, cls.__qualname__))
    if result is None and exc is None:
        raise ve_exc
    if exc is None:
        exc = TypeError('error in %s._missing_: returned %r instead of None or a valid member'
                        % (cls.__name__, result))
    if not isinstance(exc, ValueError):
        exc.__context__ = ve_exc
    raise exc


builtin_type = type


def _find_data_type(cls):
    for base in cls.__mro__[1:]:
        if base is object or issubclass(base, Enum):
            continue
        if '__new__' in base.__dict__ or base.__module__ == 'builtins':
            return base
    return object


def _setup_enum(cls, boundary=None):
    """Turn the plain class attributes of a new Enum class into its members."""
    for base in cls.__mro__[1:]:
        if issubclass(base, Enum) and base.__dict__.get('_member_names_'):
            raise TypeError('%s cannot extend %s' % (_enum_repr(cls), _enum_repr(base)))
    ns = cls.__dict__
    ignore = ns.get('_ignore_', [])
    if isinstance(ignore, str):
        ignore = ignore.replace(',', ' ').split()
    for name in ignore:
        if name in ns:
            delattr(cls, name)
    if '_ignore_' in ns:
        delattr(cls, '_ignore_')
    candidates = []
    for name, value in list(ns.items()):
        if isinstance(value, nonmember):
            _set_class_attr(cls, name, value.value)
            continue
        if isinstance(value, member):
            candidates.append((name, value.value))
            continue
        if _is_dunder(name) or _is_sunder(name) or _is_private(cls.__name__, name):
            continue
        if _is_descriptor(value):
            continue
        candidates.append((name, value))

    member_type = _find_data_type(cls)
    cls._member_type_ = member_type
    if boundary is not None:
        cls._boundary_ = boundary

    user_new = ns.get('__new__')
    if user_new is not None and user_new is not _lookup_new_sm:
        cls._new_member_ = getattr(user_new, '__func__', user_new)
    user_init = ns.get('__init__')
    if user_init is not None and user_init is not _noop_init:
        cls._init_member_ = user_init
    new_member = cls.__dict__.get('_new_member_') or getattr(cls, '_new_member_', None)
    init_member = getattr(cls, '_init_member_', None)

    member_names = []
    member_map = {}
    value2member = {}
    cls._member_names_ = member_names
    cls._member_map_ = member_map
    cls._value2member_map_ = value2member
    if not _HAVE_METACLASS:
        cls.__members__ = member_map
    last_values = []
    for name, value in candidates:
        if isinstance(value, auto):
            if value.value is None or value.value is _auto_null:
                value.value = cls._generate_next_value_(name, 1, len(member_names),
                                                        last_values[:])
            value = value.value
        if isinstance(value, tuple) and any(isinstance(v, auto) for v in value):
            value = tuple(cls._generate_next_value_(name, 1, len(member_names), last_values[:])
                          if isinstance(v, auto) else v for v in value)
        args = value if isinstance(value, tuple) else (value,)
        if member_type is tuple:
            args = (args,)
        if new_member is not None:
            enum_member = new_member(cls, *args)
        elif member_type is object:
            enum_member = object.__new__(cls)
        else:
            enum_member = member_type.__new__(cls, *args)
        if not hasattr(enum_member, '_value_'):
            if member_type is object:
                enum_member._value_ = value
            else:
                try:
                    enum_member._value_ = member_type(*args)
                except Exception:
                    enum_member._value_ = value
        value = enum_member._value_
        enum_member._name_ = name
        enum_member.__objclass__ = cls
        enum_member._sort_order_ = len(member_names)
        if init_member is not None:
            init_member(enum_member, *args)
        canonical = None
        for existing in member_map.values():
            if existing._value_ == value:
                canonical = existing
                break
        if canonical is not None:
            enum_member = canonical
        else:
            member_names.append(name)
        member_map[name] = enum_member
        try:
            value2member.setdefault(value, enum_member)
        except TypeError:
            pass
        _set_class_attr(cls, name, enum_member)
        last_values.append(value)

    if _Flag is not None and issubclass(cls, _Flag):
        mask = 0
        for m in member_map.values():
            if isinstance(m._value_, int):
                mask |= m._value_
        cls._flag_mask_ = mask
        cls._all_bits_ = 2 ** mask.bit_length() - 1
        # named multi-bit values are aliases: iteration shows the single-bit members only
        cls._member_names_ = [n for n in member_names if _is_single_bit(member_map[n]._value_)]

    # keep Enum's repr/str/format rather than the data type's (CPython's EnumType does this)
    first_enum = None
    for base in reversed(cls.__bases__):
        if issubclass(base, Enum):
            first_enum = base
            break
    if first_enum is not None:
        for name in ('__repr__', '__str__', '__format__', '__reduce_ex__'):
            if name in ns:
                continue
            for klass in cls.__mro__:
                if name in klass.__dict__:
                    break
            if klass is object or not issubclass(klass, Enum):
                _set_class_attr(cls, name, getattr(first_enum, name))

    _set_class_attr(cls, '__new__', _lookup_new_sm)
    if '__init__' in ns or init_member is not None:
        _set_class_attr(cls, '__init__', _noop_init)


def _is_single_bit(value):
    return isinstance(value, int) and value > 0 and value & (value - 1) == 0


_lookup_new_sm = staticmethod(_lookup_new)
_auto_null = object()


# ------------------------------------------------------------------------------ the bases

class Enum(metaclass=EnumType):
    """Create a collection of name/value pairs: class Color(Enum): RED = 1; GREEN = 2"""

    def __init_subclass__(cls, boundary=None, **kwds):
        super().__init_subclass__(**kwds)
        _setup_enum(cls, boundary)

    def __class_getitem__(cls, name):
        return cls._member_map_[name]

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        if not last_values:
            return start
        try:
            last = last_values[-1]
            last_values.sort()
            if last == last_values[-1]:
                return last + 1
            return last + 1
        except TypeError:
            raise TypeError('unable to sort non-numeric values') from None

    @classmethod
    def _missing_(cls, value):
        return None

    @classmethod
    def _create_(cls, class_name, names, *, module=None, qualname=None, type=None, start=1,
                 boundary=None):
        """The functional API: Enum('Color', 'RED GREEN BLUE')."""
        bases = (cls,) if type is None else (type, cls)
        if isinstance(names, str):
            names = names.replace(',', ' ').split()
        items = []
        if isinstance(names, (tuple, list)) and names and isinstance(names[0], str):
            last_values = []
            for count, name in enumerate(names):
                value = cls._generate_next_value_(name, start, count, last_values[:])
                last_values.append(value)
                items.append((name, value))
        elif hasattr(names, 'items'):
            items = list(names.items())
        else:
            items = [tuple(item) for item in names]
        ns = dict(items)
        ns['__module__'] = module or '__main__'
        if qualname is not None:
            ns['__qualname__'] = qualname
        if _HAVE_METACLASS:
            return EnumType(class_name, bases, ns)
        return builtin_type(class_name, bases, ns)

    def __repr__(self):
        return '<%s.%s: %r>' % (self.__class__.__name__, self._name_, self._value_)

    def __str__(self):
        return '%s.%s' % (self.__class__.__name__, self._name_)

    def __format__(self, format_spec):
        return format(str(self), format_spec)

    def __hash__(self):
        if self._member_type_ is object:
            return hash(self._name_)
        return hash(self._value_)

    def __dir__(self):
        names = ['__class__', '__doc__', '__eq__', '__hash__', '__module__', 'name', 'value']
        names += [n for n in self.__dict__ if not n.startswith('_')]
        return sorted(set(names))

    def __reduce_ex__(self, proto):
        return self.__class__, (self._value_,)

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

    @_builtin_property
    def name(self):
        """The name of the Enum member."""
        return self._name_

    @_builtin_property
    def value(self):
        """The value of the Enum member."""
        return self._value_


Enum._member_names_ = []
Enum._member_map_ = {}
Enum._value2member_map_ = {}
Enum._member_type_ = object
if not _HAVE_METACLASS:
    Enum.__members__ = {}
_set_class_attr(Enum, '__new__', _lookup_new_sm)


class ReprEnum(Enum):
    """Only changes the repr(), leaving str() and format() to the mixed-in type."""

    def __str__(self):
        return str(self._value_)

    def __format__(self, format_spec):
        return format(self._value_, format_spec)


class IntEnum(int, ReprEnum):
    """Enum where members are also (and must be) ints."""


class StrEnum(str, ReprEnum):
    """Enum where members are also (and must be) strings."""

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        return name.lower()


# ------------------------------------------------------------------------------- Flag

def _high_bit(value):
    return value.bit_length() - 1


class Flag(Enum):
    """Support for flags: members combine with |, &, ^ and ~."""

    _boundary_ = STRICT

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        if not count:
            return start if start is not None else 1
        last_value = max(last_values)
        try:
            high_bit = _high_bit(last_value)
        except Exception:
            raise TypeError('invalid flag value %r' % last_value) from None
        return 2 ** (high_bit + 1)

    @classmethod
    def _missing_(cls, value):
        if not isinstance(value, int):
            raise ValueError('%r is not a valid %s' % (value, cls.__qualname__))
        flag_mask = cls._flag_mask_
        all_bits = cls._all_bits_
        neg_value = None
        if value < 0:
            neg_value = value
            value = all_bits + 1 + value
        unknown = value & ~flag_mask
        boundary = cls._boundary_
        if unknown and boundary is STRICT:
            raise ValueError('%r invalid value %r\n    given %s\n  allowed %s'
                             % (cls, value, bin(value), bin(flag_mask)))
        if unknown and boundary is CONFORM:
            value &= flag_mask
            unknown = 0
        if unknown and boundary is EJECT:
            return value
        member_type = cls._member_type_
        if member_type is object:
            pseudo = object.__new__(cls)
        else:
            pseudo = member_type.__new__(cls, value)
        pseudo._value_ = value
        names = [m._name_ for m in cls._iter_members_(value)]
        if unknown:
            names.append(str(unknown) if member_type is not object else hex(unknown))
        pseudo._name_ = '|'.join(names) if names else None
        pseudo.__objclass__ = cls
        cls._value2member_map_.setdefault(value, pseudo)
        if neg_value is not None:
            cls._value2member_map_.setdefault(neg_value, pseudo)
        return cls._value2member_map_[value]

    @classmethod
    def _iter_members_(cls, value):
        for name in cls._member_names_:
            m = cls._member_map_[name]
            if m._value_ and m._value_ & value == m._value_:
                yield m

    def __iter__(self):
        members = [m for m in self.__class__._iter_members_(self._value_)]
        members.sort(key=lambda m: m._value_)
        return iter(members)

    def __len__(self):
        return bin(self._value_).count('1')

    def __contains__(self, other):
        if not isinstance(other, self.__class__):
            raise TypeError("unsupported operand type(s) for 'in': %r and %r"
                            % (type(other).__qualname__, self.__class__.__qualname__))
        return other._value_ & self._value_ == other._value_

    def __repr__(self):
        cls_name = self.__class__.__name__
        if self._name_ is None:
            return '<%s: %r>' % (cls_name, self._value_)
        return '<%s.%s: %r>' % (cls_name, self._name_, self._value_)

    def __str__(self):
        cls_name = self.__class__.__name__
        if self._name_ is None:
            return '%s(%r)' % (cls_name, self._value_)
        return '%s.%s' % (cls_name, self._name_)

    def __bool__(self):
        return bool(self._value_)

    def _get_value(self, flag):
        if isinstance(flag, self.__class__):
            return flag._value_
        if self._member_type_ is not object and isinstance(flag, self._member_type_):
            return flag
        return NotImplemented

    def __or__(self, other):
        other_value = self._get_value(other)
        if other_value is NotImplemented:
            return NotImplemented
        return self.__class__(self._value_ | other_value)

    def __and__(self, other):
        other_value = self._get_value(other)
        if other_value is NotImplemented:
            return NotImplemented
        return self.__class__(self._value_ & other_value)

    def __xor__(self, other):
        other_value = self._get_value(other)
        if other_value is NotImplemented:
            return NotImplemented
        return self.__class__(self._value_ ^ other_value)

    def __invert__(self):
        return self.__class__(self._flag_mask_ ^ self._value_)

    __ror__ = __or__
    __rand__ = __and__
    __rxor__ = __xor__


Flag._flag_mask_ = 0
Flag._all_bits_ = 0
_Flag = Flag


class IntFlag(int, ReprEnum, Flag):
    """Support for integer-based Flags."""

    _boundary_ = KEEP

    def __str__(self):
        return str(self._value_)

    def __format__(self, format_spec):
        return format(self._value_, format_spec)

    def __hash__(self):
        return hash(self._value_)

    __or__ = Flag.__or__
    __and__ = Flag.__and__
    __xor__ = Flag.__xor__
    __ror__ = Flag.__ror__
    __rand__ = Flag.__rand__
    __rxor__ = Flag.__rxor__
    __invert__ = Flag.__invert__
    __contains__ = Flag.__contains__
    __iter__ = Flag.__iter__
    __len__ = Flag.__len__
    __bool__ = Flag.__bool__


for _cls in (ReprEnum, IntEnum, StrEnum, Flag, IntFlag):
    _set_class_attr(_cls, '__new__', _lookup_new_sm)
del _cls


# -------------------------------------------------------------------------- decorators

def unique(enumeration):
    """Class decorator ensuring only one name is bound to any one value."""
    duplicates = []
    for name, m in enumeration.__dict__['_member_map_'].items():
        if name != m._name_:
            duplicates.append((name, m._name_))
    if duplicates:
        alias_details = ', '.join('%s -> %s' % (alias, name) for alias, name in duplicates)
        raise ValueError('duplicate values found in %s: %s' % (_enum_repr(enumeration),
                                                                 alias_details))
    return enumeration


class verify:
    """Check an enumeration for various constraints (UNIQUE, CONTINUOUS, NAMED_FLAGS)."""

    def __init__(self, *checks):
        self.checks = checks

    def __call__(self, enumeration):
        for check in self.checks:
            if check is UNIQUE:
                unique(enumeration)
            elif check is CONTINUOUS:
                values = sorted(m._value_ for m in enumeration._member_map_.values())
                if values:
                    missing = [v for v in range(values[0], values[-1]) if v not in values]
                    if missing:
                        raise ValueError('invalid enum %r: missing values %s'
                                         % (enumeration.__name__, ', '.join(map(str, missing))))
        return enumeration


def global_enum_repr(self):
    module = self.__class__.__module__.split('.')[-1]
    return '%s.%s' % (module, self._name_)


def global_flag_repr(self):
    module = self.__class__.__module__.split('.')[-1]
    if self._name_ is None:
        return '%s.%s(%r)' % (module, self.__class__.__name__, self._value_)
    return '|'.join('%s.%s' % (module, n) for n in self._name_.split('|'))


def global_str(self):
    if self._name_ is None:
        return '%s(%r)' % (self.__class__.__name__, self._value_)
    return self._name_


def global_enum(cls, update_str=False):
    """Decorator: export the members into the module's globals, with module-style reprs."""
    if issubclass(cls, Flag):
        cls.__repr__ = global_flag_repr
    else:
        cls.__repr__ = global_enum_repr
    if not issubclass(cls, ReprEnum) or update_str:
        cls.__str__ = global_str
    mod = sys.modules.get(cls.__module__)
    if mod is not None:
        mod.__dict__.update(cls._member_map_)
    return cls


def pickle_by_global_name(self, proto):
    return self.name


def pickle_by_enum_name(self, proto):
    return getattr, (self.__class__, self._name_)
