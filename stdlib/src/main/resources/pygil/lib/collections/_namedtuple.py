"""collections.namedtuple: tuple subclasses with named fields."""
import sys as _sys
import _collections_abc
from _collections_abc import Mapping as _Mapping, MutableMapping as _MutableMapping
from _collections_abc import MutableSequence as _MutableSequence
from keyword import iskeyword as _iskeyword
from operator import itemgetter as _itemgetter, eq as _eq


def _nt_validate(typename, field_names, rename):
    if isinstance(field_names, str):
        field_names = field_names.replace(',', ' ').split()
    field_names = list(map(str, field_names))
    typename = str(typename)
    if rename:
        seen = set()
        for index, name in enumerate(field_names):
            if (not name.isidentifier() or _iskeyword(name) or name.startswith('_')
                    or name in seen):
                field_names[index] = '_%d' % index
            seen.add(name)
    for name in [typename] + field_names:
        if type(name) is not str:
            raise TypeError('Type names and field names must be strings')
        if not name.isidentifier():
            raise ValueError('Type names and field names must be valid identifiers: %r' % name)
        if _iskeyword(name):
            raise ValueError('Type names and field names cannot be a keyword: %r' % name)
    seen = set()
    for name in field_names:
        if name.startswith('_') and not rename:
            raise ValueError('Field names cannot start with an underscore: %r' % name)
        if name in seen:
            raise ValueError('Encountered duplicate field name: %r' % name)
        seen.add(name)
    return typename, tuple(field_names)


def _nt_namespace(typename, field_names, defaults):
    """The attributes of a namedtuple class with these fields (used by typing.NamedTuple)."""
    num_fields = len(field_names)
    if defaults is not None:
        defaults = tuple(defaults)
        if len(defaults) > num_fields:
            raise TypeError('Got more default values than field names')
    field_defaults = dict(reversed(list(zip(reversed(field_names), reversed(defaults or ())))))
    arg_list = ', '.join(field_names)
    if num_fields == 1:
        arg_list += ','
    params = []
    first_default = num_fields - len(defaults or ())
    for i, name in enumerate(field_names):
        params.append('%s=_dflt%d' % (name, i) if i >= first_default else name)
    ns = {'_tuple_new': tuple.__new__, '__name__': 'namedtuple_%s' % typename}
    for i in range(first_default, num_fields):
        ns['_dflt%d' % i] = defaults[i - first_default]
    sig = ', '.join(['_cls'] + params)
    exec('def __new__(%s):\n    return _tuple_new(_cls, (%s))\n' % (sig, arg_list), ns)
    __new__ = ns['__new__']
    __new__.__qualname__ = '%s.__new__' % typename
    __new__.__doc__ = 'Create new instance of %s(%s)' % (typename, arg_list.rstrip(','))

    tuple_new = tuple.__new__

    @classmethod
    def _make(cls, iterable):
        result = tuple_new(cls, iterable)
        if len(result) != num_fields:
            raise TypeError('Expected %d arguments, got %d' % (num_fields, len(result)))
        return result

    def _replace(self, /, **kwds):
        result = self._make([kwds.pop(name) if name in kwds else value
                             for name, value in zip(field_names, self)])
        if kwds:
            raise ValueError('Got unexpected field names: %r' % list(kwds))
        return result

    repr_fmt = '(' + ', '.join('%s=%%r' % name for name in field_names) + ')'

    def __repr__(self):
        return self.__class__.__name__ + repr_fmt % tuple(self)

    def _asdict(self):
        return dict(zip(self._fields, self))

    def __getnewargs__(self):
        return tuple(self)

    for f in (_replace, __repr__, _asdict, __getnewargs__):
        f.__qualname__ = typename + '.' + f.__name__
    _make.__func__.__qualname__ = typename + '._make'

    namespace = {
        '__doc__': '%s(%s)' % (typename, arg_list.rstrip(',')),
        '__slots__': (),
        '_fields': field_names,
        '_field_defaults': field_defaults,
        '__new__': staticmethod(__new__),
        '_make': _make,
        '_replace': _replace,
        '__repr__': __repr__,
        '_asdict': _asdict,
        '__getnewargs__': __getnewargs__,
        '__match_args__': field_names,
    }
    for index, name in enumerate(field_names):
        namespace[name] = property(_itemgetter(index), doc='Alias for field number %d' % index)
    return namespace


def namedtuple(typename, field_names, *, rename=False, defaults=None, module=None):
    """Returns a new tuple subclass with named fields: namedtuple('Point', ['x', 'y'])."""
    typename, field_names = _nt_validate(typename, field_names, rename)
    namespace = _nt_namespace(typename, field_names, defaults)
    if module is None:
        try:
            module = _sys._getframe(1).f_globals.get('__name__', '__main__')
        except (AttributeError, ValueError):
            module = '__main__'
    namespace['__module__'] = module
    return type(typename, (tuple,), namespace)


# ---------------------------------------------------------------------------- OrderedDict
