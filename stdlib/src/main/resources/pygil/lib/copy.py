"""Shallow and deep copy operations (pygil's own implementation of CPython's `copy`).

Classes may define `__copy__`/`__deepcopy__`, `__reduce_ex__`/`__reduce__`, `__getnewargs__`,
`__getstate__`/`__setstate__`.  Without them (pygil's `object` has no reduce protocol yet) an
instance is rebuilt as pickle protocol 2+ would: `cls.__new__(cls, *newargs)`, then its state
(`__dict__` and slots), then its items for list and dict subclasses.
"""

__all__ = ['Error', 'copy', 'deepcopy']


class Error(Exception):
    pass


error = Error

_FunctionType = type(lambda: 0)
_BuiltinFunctionType = type(len)
_atomic = {type(None), int, float, bool, complex, str, bytes, type, range, slice, property,
           _FunctionType, _BuiltinFunctionType, type(Ellipsis), type(NotImplemented)}
_builtin_values = (bool, int, float, complex, str, bytes, tuple, frozenset)


def copy(x):
    """Shallow copy operation on arbitrary Python objects."""
    cls = type(x)
    if cls in _atomic or cls is tuple or cls is frozenset:
        return x
    if cls in (list, dict, set, bytearray):
        return x.copy()
    if issubclass(cls, type):
        return x
    copier = getattr(cls, '__copy__', None)
    if copier is not None:
        return copier(x)
    rv = _reduce(x, cls)
    if isinstance(rv, str):
        return x
    return _reconstruct(x, None, *rv)


def deepcopy(x, memo=None, _nil=[]):
    """Deep copy operation on arbitrary Python objects (`memo` maps id() to copies)."""
    if memo is None:
        memo = {}
    d = id(x)
    y = memo.get(d, _nil)
    if y is not _nil:
        return y
    cls = type(x)
    if cls in _atomic:
        return x
    copier = _deepcopy_dispatch.get(cls)
    if copier is not None:
        y = copier(x, memo)
    elif issubclass(cls, type):
        y = x
    else:
        copier = getattr(x, '__deepcopy__', None)
        if copier is not None:
            y = copier(memo)
        else:
            rv = _reduce(x, cls)
            if isinstance(rv, str):
                return x
            y = _reconstruct(x, memo, *rv)
    if y is not x:
        memo[d] = y
        _keep_alive(x, memo)
    return y


def _keep_alive(x, memo):
    try:
        memo[id(memo)].append(x)
    except KeyError:
        memo[id(memo)] = [x]


def _deepcopy_list(x, memo):
    y = []
    memo[id(x)] = y
    append = y.append
    for a in x:
        append(deepcopy(a, memo))
    return y


def _deepcopy_tuple(x, memo):
    y = [deepcopy(a, memo) for a in x]
    try:
        return memo[id(x)]
    except KeyError:
        pass
    for k, j in zip(x, y):
        if k is not j:
            return tuple(y)
    return x


def _deepcopy_dict(x, memo):
    y = {}
    memo[id(x)] = y
    for key, value in x.items():
        y[deepcopy(key, memo)] = deepcopy(value, memo)
    return y


def _deepcopy_set(x, memo):
    return type(x)([deepcopy(a, memo) for a in x])


def _deepcopy_bytearray(x, memo):
    return bytearray(x)


_deepcopy_dispatch = {list: _deepcopy_list, tuple: _deepcopy_tuple, dict: _deepcopy_dict,
                      set: _deepcopy_set, frozenset: _deepcopy_set,
                      bytearray: _deepcopy_bytearray}


def _defined_below_object(cls, name):
    for klass in cls.__mro__:
        if klass is object:
            return False
        if name in klass.__dict__:
            return True
    return False


def _slot_names(cls):
    names = []
    for klass in cls.__mro__:
        slots = klass.__dict__.get('__slots__')
        if slots is None:
            continue
        if isinstance(slots, str):
            slots = (slots,)
        for name in slots:
            if name in ('__dict__', '__weakref__'):
                continue
            if name.startswith('__') and not name.endswith('__'):
                name = '_%s%s' % (klass.__name__.lstrip('_'), name)
            names.append(name)
    return names


def _reduce(x, cls):
    """A reduce tuple (callable, args, state, listitems, dictitems) for x."""
    if _defined_below_object(cls, '__reduce_ex__'):
        return x.__reduce_ex__(4)
    if _defined_below_object(cls, '__reduce__'):
        return x.__reduce__()
    if cls.__module__ in ('builtins',) and cls not in _builtin_values and not _is_user_class(cls):
        raise TypeError("cannot pickle '%s' object" % cls.__name__)
    if hasattr(x, '__getnewargs_ex__'):
        args, kwargs = x.__getnewargs_ex__()
    elif hasattr(x, '__getnewargs__'):
        args, kwargs = x.__getnewargs__(), {}
    else:
        args, kwargs = (), {}
        for base in cls.__mro__:
            if base in _builtin_values:
                args = (base(x),)
                break
    if _defined_below_object(cls, '__getstate__'):
        state = x.__getstate__()
    else:
        state = getattr(x, '__dict__', None) or None
        slots = {}
        for name in _slot_names(cls):
            try:
                slots[name] = getattr(x, name)
            except AttributeError:
                pass
        if slots:
            state = (state, slots)
    listitems = iter(x) if isinstance(x, list) else None
    dictitems = iter(x.items()) if isinstance(x, dict) else None
    return _new_obj, (cls, args, kwargs), state, listitems, dictitems


def _is_user_class(cls):
    return '__dict__' in dir(cls) or not cls.__module__ == 'builtins'


def _new_obj(cls, args, kwargs):
    return cls.__new__(cls, *args, **kwargs)


def _reconstruct(x, memo, func, args, state=None, listiter=None, dictiter=None,
                 state_setter=None):
    deep = memo is not None
    if deep and args:
        args = deepcopy(args, memo)
    y = func(*args)
    if deep:
        memo[id(x)] = y
    if state is not None:
        if deep:
            state = deepcopy(state, memo)
        if state_setter is not None:
            state_setter(y, state)
        elif hasattr(y, '__setstate__'):
            y.__setstate__(state)
        else:
            if isinstance(state, tuple) and len(state) == 2:
                state, slotstate = state
            else:
                slotstate = None
            if state is not None:
                y.__dict__.update(state)
            if slotstate is not None:
                for key, value in slotstate.items():
                    setattr(y, key, value)
    if listiter is not None:
        if deep:
            for item in listiter:
                y.append(deepcopy(item, memo))
        else:
            for item in listiter:
                y.append(item)
    if dictiter is not None:
        if deep:
            for key, value in dictiter:
                y[deepcopy(key, memo)] = deepcopy(value, memo)
        else:
            for key, value in dictiter:
                y[key] = value
    return y
