"""Abstract base classes (pygil's own implementation).

pygil does not support metaclasses other than `type` yet, so `ABC` is a plain class: its
`__init_subclass__` computes `__abstractmethods__` and its `__new__` refuses to instantiate a
class that still has abstract methods.  `ABCMeta` is usable as `metaclass=ABCMeta`: it builds
the class with `ABC` added to its bases.  `register()` records virtual subclasses, but pygil's
isinstance()/issubclass() do not consult them (no `__instancecheck__` hooks yet).
"""

__all__ = ['ABC', 'ABCMeta', 'abstractmethod', 'abstractclassmethod', 'abstractstaticmethod',
           'abstractproperty', 'get_cache_token', 'update_abstractmethods']


def abstractmethod(funcobj):
    """Mark a method abstract: a class defining it (or inheriting it) cannot be instantiated."""
    try:
        funcobj.__isabstractmethod__ = True
    except (AttributeError, TypeError):
        pass
    return funcobj


def _is_abstract(value):
    if getattr(value, '__isabstractmethod__', False):
        return True
    if isinstance(value, property):
        return any(getattr(f, '__isabstractmethod__', False) for f in (value.fget, value.fset, value.fdel))
    if isinstance(value, (classmethod, staticmethod)):
        return getattr(value.__func__, '__isabstractmethod__', False)
    return False


def _lookup_raw(cls, name):
    for klass in cls.__mro__:
        d = klass.__dict__
        if name in d:
            return d[name]
    return None


def update_abstractmethods(cls):
    """Recompute `cls.__abstractmethods__` (after methods were added to the class)."""
    if not hasattr(cls, '__abstractmethods__'):
        return cls
    abstracts = set()
    for name, value in list(cls.__dict__.items()):
        if _is_abstract(value):
            abstracts.add(name)
    for base in cls.__bases__:
        for name in getattr(base, '__abstractmethods__', ()):
            if _is_abstract(_lookup_raw(cls, name)):
                abstracts.add(name)
    cls.__abstractmethods__ = frozenset(abstracts)
    return cls


# pygil cannot subclass classmethod/staticmethod/property yet: these are factories.
def abstractclassmethod(callable):
    callable.__isabstractmethod__ = True
    return classmethod(callable)


def abstractstaticmethod(callable):
    callable.__isabstractmethod__ = True
    return staticmethod(callable)


def abstractproperty(fget=None, fset=None, fdel=None, doc=None):
    for f in (fget, fset, fdel):
        if f is not None:
            f.__isabstractmethod__ = True
    return property(fget, fset, fdel, doc)


_cache_token = 0


def get_cache_token():
    return _cache_token


class ABC:
    """Helper base class: subclasses may declare abstract methods with @abstractmethod."""

    __abstractmethods__ = frozenset()

    def __init_subclass__(cls, **kwargs):
        super().__init_subclass__(**kwargs)
        cls._abc_registry = set()
        update_abstractmethods(cls)

    def __new__(cls, *args, **kwargs):
        abstracts = cls.__abstractmethods__
        if abstracts:
            names = sorted(abstracts)
            raise TypeError("Can't instantiate abstract class %s with abstract method%s %s"
                            % (cls.__name__, 's' if len(names) > 1 else '', ', '.join(names)))
        mro = cls.__mro__
        for klass in mro[mro.index(ABC) + 1:]:
            if '__new__' in klass.__dict__:
                if klass is object:
                    return object.__new__(cls)
                return klass.__new__(cls, *args, **kwargs)
        return object.__new__(cls)

    @classmethod
    def register(cls, subclass):
        """Record `subclass` as a virtual subclass (not seen by pygil's isinstance yet)."""
        global _cache_token
        if not isinstance(subclass, type):
            raise TypeError('Can only register classes')
        cls.__dict__.get('_abc_registry', set()).add(subclass)
        _cache_token += 1
        return subclass

    @classmethod
    def _abc_registry_clear(cls):
        cls._abc_registry.clear()

    @classmethod
    def _abc_caches_clear(cls):
        pass


ABC._abc_registry = set()


class ABCMeta:
    """`metaclass=ABCMeta`: creates the class with `ABC` among its bases (see module doc)."""

    def __new__(mcls, name, bases, namespace, **kwargs):
        bases = tuple(bases)
        if not any(isinstance(b, type) and issubclass(b, ABC) for b in bases):
            bases = tuple(b for b in bases if b is not object) + (ABC,)
        if kwargs:
            return type(name, bases, dict(namespace), **kwargs)
        return type(name, bases, dict(namespace))
