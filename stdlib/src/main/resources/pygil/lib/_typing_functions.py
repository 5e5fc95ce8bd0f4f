"""The functions of typing (cast, overload, get_origin/get_args, get_type_hints, ...), kept
apart from typing.py's type machinery. typing imports them back; they import what they need
from typing, which has defined it by then."""
import functools
import sys
from typing import (Annotated, ForwardRef, Generic, ParamSpecArgs, ParamSpecKwargs, Union, _AnnotatedAlias, _BaseGenericAlias, _CallableGenericAlias, _FunctionType, _GenericAlias, _LiteralGenericAlias, _NoneType, _UnionGenericAlias)

def cast(typ, val):
    """Cast a value to a type (returns the value unchanged)."""
    return val


def assert_type(val, typ, /):
    return val


def assert_never(arg, /):
    value = repr(arg)
    if len(value) > 100:
        value = value[:100] + '...'
    raise AssertionError('Expected code to be unreachable, but got: %s' % value)


def reveal_type(obj, /):
    print('Runtime type is %r' % type(obj).__name__, file=sys.stderr)
    return obj


def final(f):
    """Decorator marking a method or class final (sets __final__)."""
    try:
        f.__final__ = True
    except (AttributeError, TypeError):
        pass
    return f


_overload_registry = {}


def _overload_dummy(*args, **kwds):
    raise NotImplementedError(
        'You should not call an overloaded function. A series of @overload-decorated '
        'functions outside a stub module should always be followed by an implementation '
        'that is not @overload-ed.')


def overload(func):
    """Decorator for overloaded signatures (the last, undecorated definition is used)."""
    f = getattr(func, '__func__', func)
    key = (getattr(f, '__module__', None), getattr(f, '__qualname__', None))
    _overload_registry.setdefault(key, []).append(func)
    return _overload_dummy


def get_overloads(func):
    f = getattr(func, '__func__', func)
    return list(_overload_registry.get((getattr(f, '__module__', None),
                                        getattr(f, '__qualname__', None)), []))


def clear_overloads():
    _overload_registry.clear()


def no_type_check(arg):
    try:
        arg.__no_type_check__ = True
    except TypeError:
        pass
    return arg


def no_type_check_decorator(decorator):
    @functools.wraps(decorator)
    def wrapped_decorator(*args, **kwds):
        return no_type_check(decorator(*args, **kwds))
    return wrapped_decorator


def dataclass_transform(*, eq_default=True, order_default=False, kw_only_default=False,
                        field_specifiers=(), **kwargs):
    def decorator(cls_or_fn):
        cls_or_fn.__dataclass_transform__ = {
            'eq_default': eq_default, 'order_default': order_default,
            'kw_only_default': kw_only_default, 'field_specifiers': field_specifiers,
            'kwargs': kwargs}
        return cls_or_fn
    return decorator


def get_origin(tp):
    """Unsubscripted version of a type: get_origin(List[int]) is list."""
    if isinstance(tp, _AnnotatedAlias):
        return Annotated
    if isinstance(tp, (_BaseGenericAlias, ParamSpecArgs, ParamSpecKwargs)):
        return tp.__origin__
    if tp is Generic:
        return Generic
    return None


def get_args(tp):
    """Type arguments: get_args(Dict[int, str]) == (int, str)."""
    if isinstance(tp, _AnnotatedAlias):
        return (tp.__origin__,) + tp.__metadata__
    if isinstance(tp, _GenericAlias):
        res = tp.__args__
        if isinstance(tp, _CallableGenericAlias) and res[0] is not ...:
            res = (list(res[:-1]), res[-1])
        return res
    return ()


def _eval(text, globalns, localns):
    ns = dict(globalns or {})
    if localns:
        ns.update(localns)
    exec('__typing_result__ = (' + text + ')', ns)
    return ns['__typing_result__']


def _eval_type(t, globalns, localns):
    if isinstance(t, ForwardRef):
        return t._evaluate(globalns, localns)
    if isinstance(t, _GenericAlias) and not isinstance(t, _LiteralGenericAlias):
        args = tuple(_eval_type(a, globalns, localns) for a in t.__args__)
        if args == t.__args__:
            return t
        if isinstance(t, _AnnotatedAlias):
            return _AnnotatedAlias(args[0], t.__metadata__)
        if isinstance(t, _UnionGenericAlias):
            return Union[args]
        return t.copy_with(args)
    return t


def _strip_annotations(t):
    if isinstance(t, _AnnotatedAlias):
        return _strip_annotations(t.__origin__)
    if isinstance(t, _GenericAlias) and not isinstance(t, _LiteralGenericAlias):
        args = tuple(_strip_annotations(a) for a in t.__args__)
        if args == t.__args__:
            return t
        if isinstance(t, _UnionGenericAlias):
            return Union[args]
        return t.copy_with(args)
    return t


def get_type_hints(obj, globalns=None, localns=None, include_extras=False):
    """Type hints of a function, method, module or class, with string annotations
    evaluated (for classes, base classes' annotations are merged)."""
    hints = {}
    if isinstance(obj, type):
        for base in reversed(obj.__mro__):
            ann = base.__dict__.get('__annotations__', {})
            if globalns is None:
                mod = sys.modules.get(base.__module__)
                base_globals = getattr(mod, '__dict__', {})
            else:
                base_globals = globalns
            base_locals = dict(vars(base)) if localns is None else localns
            for name, value in ann.items():
                if value is None:
                    value = _NoneType
                if isinstance(value, str):
                    value = ForwardRef(value, is_argument=False, is_class=True)
                hints[name] = _eval_type(value, base_globals, base_locals)
    else:
        if globalns is None:
            globalns = getattr(obj, '__globals__', None)
            if globalns is None:
                globalns = getattr(obj, '__dict__', {}) if type(obj).__name__ == 'module' else {}
        ann = getattr(obj, '__annotations__', None)
        if ann is None:
            if isinstance(obj, _FunctionType) or hasattr(obj, '__call__'):
                return {}
            raise TypeError('%r is not a module, class, method, or function.' % (obj,))
        for name, value in ann.items():
            if value is None:
                value = _NoneType
            if isinstance(value, str):
                value = ForwardRef(value)
            hints[name] = _eval_type(value, globalns, localns)
    if include_extras:
        return hints
    return {k: _strip_annotations(t) for k, t in hints.items()}


for _f in (_eval, _eval_type, _overload_dummy, _strip_annotations, assert_never, assert_type, cast, clear_overloads, dataclass_transform, final, get_args, get_origin, get_overloads, get_type_hints, no_type_check, no_type_check_decorator, overload, reveal_type):
    _f.__module__ = "typing"
del _f
