"""collections.deque (a double-ended queue), kept apart from the rest of collections.

Thread safety (design notes): CPython's deque is written in C, so each of its methods is one
atomic step under the GIL, and free-threaded CPython locks the deque per call. Here a method is
several bytecodes, and a thread switch (with the GIL, at a call; without it, anywhere) between
"read self._left" and "self._left += 1" would let two popleft() calls take the same item. So
every method that reads or changes _items/_left/_right holds the deque's own lock
(self._lock, a _thread lock; re-entry goes through the unlocked _xxx helpers). Each of append,
appendleft, pop, popleft, d[i], d[i] = x, del d[i], insert, remove, rotate, clear, reverse is
atomic in both GIL modes; extend is a series of atomic appends, as in CPython; iteration takes
the lock per item and reports a concurrent change as "deque mutated during iteration".
"""
import sys as _sys
from _thread import allocate_lock as _allocate_lock
import _collections_abc
from _collections_abc import Mapping as _Mapping, MutableMapping as _MutableMapping
from _collections_abc import MutableSequence as _MutableSequence
from keyword import iskeyword as _iskeyword
from operator import itemgetter as _itemgetter, eq as _eq


_MISSING = object()


class deque:
    """deque([iterable[, maxlen]]) -> a double-ended queue with O(1) appends and pops at both
    ends (stored as a dict from consecutive ints to items)."""

    def __init__(self, iterable=(), maxlen=None):
        if maxlen is not None:
            if not isinstance(maxlen, int):
                raise TypeError("an integer is required")
            if maxlen < 0:
                raise ValueError('maxlen must be non-negative')
        self._maxlen = maxlen
        self._lock = _allocate_lock()
        self._items = {}
        self._left = 0
        self._right = 0
        self._state = 0
        if iterable is not self:
            self.extend(iterable)

    @property
    def maxlen(self):
        return self._maxlen

    def __len__(self):
        return self._right - self._left

    def __bool__(self):
        return self._right != self._left

    def _index(self, i):
        n = self._right - self._left
        if not isinstance(i, int):
            if hasattr(type(i), '__index__'):
                i = type(i).__index__(i)
            else:
                raise TypeError("sequence index must be integer, not '%s'" % type(i).__name__)
        if i < 0:
            i += n
        if i < 0 or i >= n:
            raise IndexError('deque index out of range')
        return self._left + i

    def __getitem__(self, i):
        with self._lock:
            return self._items[self._index(i)]

    def __setitem__(self, i, value):
        with self._lock:
            self._items[self._index(i)] = value

    def __delitem__(self, i):
        with self._lock:
            self._delitem(i)

    def _delitem(self, i):
        k = self._index(i) - self._left
        self._rotate(-k)
        self._popleft()
        self._rotate(k)

    def append(self, x):
        with self._lock:
            self._append(x)

    def _append(self, x):
        self._state += 1
        if self._maxlen is not None and self._right - self._left >= self._maxlen:
            if self._maxlen == 0:
                return
            del self._items[self._left]
            self._left += 1
        self._items[self._right] = x
        self._right += 1

    def appendleft(self, x):
        with self._lock:
            self._appendleft(x)

    def _appendleft(self, x):
        self._state += 1
        if self._maxlen is not None and self._right - self._left >= self._maxlen:
            if self._maxlen == 0:
                return
            self._right -= 1
            del self._items[self._right]
        self._left -= 1
        self._items[self._left] = x

    def pop(self):
        with self._lock:
            return self._pop()

    def _pop(self):
        if self._right == self._left:
            raise IndexError('pop from an empty deque')
        self._state += 1
        self._right -= 1
        return self._items.pop(self._right)

    def popleft(self):
        with self._lock:
            return self._popleft()

    def _popleft(self):
        if self._right == self._left:
            raise IndexError('pop from an empty deque')
        self._state += 1
        x = self._items.pop(self._left)
        self._left += 1
        return x

    def extend(self, iterable):
        if iterable is self:
            iterable = list(iterable)
        for x in iterable:
            self.append(x)

    def extendleft(self, iterable):
        if iterable is self:
            iterable = list(iterable)
        for x in iterable:
            self.appendleft(x)

    def clear(self):
        with self._lock:
            self._state += 1
            self._items = {}
            self._left = self._right = 0

    def rotate(self, n=1):
        with self._lock:
            self._rotate(n)

    def _rotate(self, n):
        size = self._right - self._left
        if size <= 1:
            return
        n %= size
        if n > size // 2:
            n -= size
        items = self._items
        self._state += 1
        if n > 0:
            for _ in range(n):
                self._right -= 1
                self._left -= 1
                items[self._left] = items.pop(self._right)
        else:
            for _ in range(-n):
                items[self._right] = items.pop(self._left)
                self._left += 1
                self._right += 1

    def reverse(self):
        with self._lock:
            values = [self._items[i] for i in range(self._left, self._right)]
            values.reverse()
            self._state += 1
            self._items = dict(zip(range(self._left, self._right), values))

    def count(self, x):
        state = self._state
        n = 0
        for v in self:
            if v is x or v == x:
                n += 1
            if state != self._state:
                raise RuntimeError('deque mutated during iteration')
        return n

    def index(self, x, start=0, stop=None):
        n = len(self)
        if start < 0:
            start = max(start + n, 0)
        if stop is None:
            stop = n
        elif stop < 0:
            stop = max(stop + n, 0)
        stop = min(stop, n)
        for i in range(start, stop):
            with self._lock:
                v = self._items.get(self._left + i, _MISSING)
            if v is _MISSING:
                break
            if v is x or v == x:
                return i
        raise ValueError('%r is not in deque' % (x,))

    def insert(self, i, x):
        with self._lock:
            n = len(self)
            if self._maxlen is not None and n >= self._maxlen:
                raise IndexError('deque already at its maximum size')
            if i < 0:
                i = max(i + n, 0)
            i = min(i, n)
            self._rotate(-i)
            self._appendleft(x)
            self._rotate(i)

    def remove(self, value):
        i = 0
        while True:
            with self._lock:
                state = self._state
                v = self._items.get(self._left + i, _MISSING)
            if v is _MISSING:
                raise ValueError('%r is not in deque' % (value,))
            if v is value or v == value:
                with self._lock:
                    if state != self._state:
                        raise IndexError('deque mutated during remove().')
                    self._delitem(i)
                return
            i += 1

    def __iter__(self):
        state = self._state
        i = self._left
        while True:
            with self._lock:
                if state != self._state:
                    raise RuntimeError('deque mutated during iteration')
                if i >= self._right:
                    return
                v = self._items[i]
            yield v
            i += 1

    def __reversed__(self):
        state = self._state
        i = self._right - 1
        while True:
            with self._lock:
                if state != self._state:
                    raise RuntimeError('deque mutated during iteration')
                if i < self._left:
                    return
                v = self._items[i]
            yield v
            i -= 1

    def __contains__(self, x):
        for v in self:
            if v is x or v == x:
                return True
        return False

    def __repr__(self):
        name = type(self).__name__
        if self._maxlen is None:
            return '%s(%r)' % (name, list(self))
        return '%s(%r, maxlen=%d)' % (name, list(self), self._maxlen)

    def copy(self):
        return type(self)(self, self._maxlen)

    __copy__ = copy

    def __reduce__(self):
        return type(self), (list(self), self._maxlen)

    def __add__(self, other):
        if not isinstance(other, deque):
            raise TypeError('can only concatenate deque (not "%s") to deque' % type(other).__name__)
        new = self.copy()
        new.extend(other)
        return new

    def __iadd__(self, other):
        self.extend(other)
        return self

    def __mul__(self, n):
        new = type(self)((), self._maxlen)
        values = list(self)
        for _ in range(n):
            new.extend(values)
        return new

    __rmul__ = __mul__

    def __imul__(self, n):
        values = list(self)
        self.clear()
        for _ in range(n):
            self.extend(values)
        return self

    def _cmp(self, other, op):
        if not isinstance(other, deque):
            return NotImplemented
        return op(list(self), list(other))

    def __eq__(self, other):
        return self._cmp(other, lambda a, b: a == b)

    def __ne__(self, other):
        return self._cmp(other, lambda a, b: a != b)

    def __lt__(self, other):
        return self._cmp(other, lambda a, b: a < b)

    def __le__(self, other):
        return self._cmp(other, lambda a, b: a <= b)

    def __gt__(self, other):
        return self._cmp(other, lambda a, b: a > b)

    def __ge__(self, other):
        return self._cmp(other, lambda a, b: a >= b)

    __hash__ = None


_collections_abc.MutableSequence.register(deque)


# ---------------------------------------------------------------------------- defaultdict
