"""Core I/O classes (pygil's own implementation of CPython's `io`).

StringIO and BytesIO are pure Python; `open` and the file classes are pygil's builtin ones.
"""

__all__ = ['BlockingIOError', 'open', 'IOBase', 'RawIOBase', 'FileIO', 'BytesIO', 'StringIO',
           'BufferedIOBase', 'BufferedReader', 'BufferedWriter', 'BufferedRWPair',
           'BufferedRandom', 'TextIOBase', 'TextIOWrapper', 'UnsupportedOperation',
           'SEEK_SET', 'SEEK_CUR', 'SEEK_END', 'DEFAULT_BUFFER_SIZE', 'text_encoding']

import sys as _sys
from builtins import open

SEEK_SET = 0
SEEK_CUR = 1
SEEK_END = 2
DEFAULT_BUFFER_SIZE = 8192


class UnsupportedOperation(OSError, ValueError):
    pass


UnsupportedOperation.__module__ = 'io'


def text_encoding(encoding, stacklevel=2):
    return 'locale' if encoding is None else encoding


class IOBase:
    """Base class of the I/O classes (context manager, iteration over lines, close)."""

    _closed = False

    def _unsupported(self, name):
        raise UnsupportedOperation('%s.%s() not supported' % (self.__class__.__name__, name))

    def _checkClosed(self):
        if self._closed:
            raise ValueError('I/O operation on closed file.')

    @property
    def closed(self):
        return self._closed

    def close(self):
        self._closed = True

    def flush(self):
        self._checkClosed()

    def seekable(self):
        return False

    def readable(self):
        return False

    def writable(self):
        return False

    def isatty(self):
        self._checkClosed()
        return False

    def fileno(self):
        self._unsupported('fileno')

    def seek(self, pos, whence=0):
        self._unsupported('seek')

    def tell(self):
        return self.seek(0, 1)

    def truncate(self, pos=None):
        self._unsupported('truncate')

    def __enter__(self):
        self._checkClosed()
        return self

    def __exit__(self, *args):
        self.close()

    def __iter__(self):
        self._checkClosed()
        return self

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def readlines(self, hint=None):
        if hint is None or hint <= 0:
            return list(self)
        n = 0
        lines = []
        for line in self:
            lines.append(line)
            n += len(line)
            if n >= hint:
                break
        return lines

    def writelines(self, lines):
        self._checkClosed()
        for line in lines:
            self.write(line)


class RawIOBase(IOBase):
    pass


class BufferedIOBase(IOBase):
    def detach(self):
        self._unsupported('detach')


class TextIOBase(IOBase):
    encoding = None
    errors = None
    newlines = None

    def detach(self):
        self._unsupported('detach')


TextIOWrapper = type(_sys.stdout)
FileIO = BufferedReader = BufferedWriter = BufferedRandom = BufferedRWPair = None


class _Buffered:
    """Shared logic of StringIO/BytesIO: a value plus pending appends at the end."""

    def _init_buffer(self, empty):
        self._empty = empty
        self._lines = None
        self._value = empty
        self._pending = []
        self._length = 0
        self._pos = 0

    def _materialize(self):
        if self._pending:
            self._value = self._empty.join([self._value] + self._pending)
            self._pending = []
        return self._value

    def _write_value(self, s):
        n = len(s)
        pos = self._pos
        if pos == self._length:
            if n:
                self._pending.append(s)
                self._length += n
                self._pos += n
            return n
        value = self._materialize()
        if pos > self._length:
            value = value + self._pad * (pos - self._length)
        value = value[:pos] + s + value[pos + n:]
        self._value = value
        self._length = len(value)
        self._pos = pos + n
        return n

    def _read_value(self, size):
        value = self._materialize()
        pos = self._pos
        if size is None or size < 0:
            end = self._length
        else:
            end = min(self._length, pos + size)
        if pos >= end:
            return self._empty
        self._pos = end
        return value[pos:end]

    def _line_at(self, nl):
        """(start, line) of the line containing the current position (cached per value, so
        that reading line by line is linear)."""
        value = self._materialize()
        cache = self._lines
        if cache is None or cache[0] is not value or cache[1] != nl:
            parts = value.split(nl)
            lines = [p + nl for p in parts[:-1]]
            if parts[-1]:
                lines.append(parts[-1])
            starts = []
            pos = 0
            for line in lines:
                starts.append(pos)
                pos += len(line)
            cache = self._lines = (value, nl, starts, lines)
        starts, lines = cache[2], cache[3]
        lo, hi = 0, len(starts)
        while lo < hi:
            mid = (lo + hi) // 2
            if starts[mid] <= self._pos:
                lo = mid + 1
            else:
                hi = mid
        if lo == 0:
            return 0, ''
        return starts[lo - 1], lines[lo - 1]

    def _readline_value(self, size, nl):
        if self._pos >= self._length:
            return self._empty
        start, line = self._line_at(nl)
        if start != self._pos:
            line = line[self._pos - start:]
        if size is not None and 0 <= size < len(line):
            line = line[:size]
        self._pos += len(line)
        return line

    def _readline_value_slow(self, size, nl):
        value = self._materialize()
        pos = self._pos
        if pos >= self._length:
            return self._empty
        i = value[pos:].find(nl)   # pygil: bytes.find has no start argument yet
        if i >= 0:
            i += pos
        end = self._length if i < 0 else i + len(nl)
        if size is not None and size >= 0:
            end = min(end, pos + size)
        self._pos = end
        return value[pos:end]

    def seekable(self):
        self._checkClosed()
        return True

    def readable(self):
        self._checkClosed()
        return True

    def writable(self):
        self._checkClosed()
        return True

    def tell(self):
        self._check()
        return self._pos

    def truncate(self, size=None):
        self._checkClosed()
        if size is None:
            size = self._pos
        elif size < 0:
            raise ValueError('Negative size value %d' % size)
        value = self._materialize()
        if size < self._length:
            self._value = value[:size]
            self._length = size
        return size

    def close(self):
        self._closed = True
        self._value = self._empty
        self._pending = []


class StringIO(_Buffered, TextIOBase):
    """Text I/O implementation using an in-memory buffer."""

    _pad = '\0'

    def __init__(self, initial_value='', newline='\n'):
        if newline is not None and not isinstance(newline, str):
            raise TypeError('newline must be str or None, not %s' % type(newline).__name__)
        if newline not in (None, '', '\n', '\r', '\r\n'):
            raise ValueError('illegal newline value: %r' % (newline,))
        if initial_value is not None and not isinstance(initial_value, str):
            raise TypeError('initial_value must be str or None, not %s'
                            % type(initial_value).__name__)
        self._newline = newline
        self._init_buffer('')
        if initial_value:
            self.write(initial_value)
            self._pos = 0

    def _checkClosed(self):
        self._check()

    def _check(self):
        if self._closed:
            raise ValueError('I/O operation on closed file')

    def getvalue(self):
        self._check()
        return self._materialize()

    def write(self, s):
        self._check()
        if not isinstance(s, str):
            raise TypeError('string argument expected, got %r' % type(s).__name__)
        newline = self._newline
        if newline is None:
            s = s.replace('\r\n', '\n').replace('\r', '\n')
        elif newline not in ('', '\n'):
            s = s.replace('\n', newline)
        return self._write_value(s) if s else 0

    def read(self, size=-1):
        self._check()
        return self._read_value(size)

    def readline(self, size=-1):
        self._check()
        if self._newline == '':
            value = self._materialize()
            pos = self._pos
            end = pos
            while end < self._length:
                c = value[end]
                end += 1
                if c == '\n':
                    break
                if c == '\r':
                    if end < self._length and value[end] == '\n':
                        end += 1
                    break
            if size is not None and size >= 0:
                end = min(end, pos + size)
            self._pos = end
            return value[pos:end]
        return self._readline_value(size, '\n' if self._newline is None else self._newline)

    def seek(self, pos, whence=0):
        self._check()
        if whence == 0:
            if pos < 0:
                raise ValueError('Negative seek position %d' % pos)
            self._pos = pos
        elif whence == 1:
            if pos != 0:
                raise OSError("Can't do nonzero cur-relative seeks")
        elif whence == 2:
            if pos != 0:
                raise OSError("Can't do nonzero end-relative seeks")
            self._pos = self._length
        else:
            raise ValueError('Invalid whence (%d, should be 0, 1 or 2)' % whence)
        return self._pos

    @property
    def line_buffering(self):
        return False

    @property
    def newlines(self):
        return None

    def __repr__(self):
        return '<_io.StringIO object>'


class BytesIO(_Buffered, BufferedIOBase):
    """Buffered I/O implementation using an in-memory bytes buffer."""

    _pad = b'\0'

    def __init__(self, initial_bytes=b''):
        self._init_buffer(b'')
        if initial_bytes:
            self._value = bytes(initial_bytes)
            self._length = len(self._value)

    def _check(self):
        if self._closed:
            raise ValueError('I/O operation on closed file.')

    def getvalue(self):
        self._check()
        return self._materialize()

    def getbuffer(self):
        self._check()
        return bytearray(self._materialize())

    def write(self, b):
        self._check()
        if isinstance(b, str):
            raise TypeError("a bytes-like object is required, not 'str'")
        b = bytes(b)
        return self._write_value(b) if b else 0

    def read(self, size=-1):
        self._check()
        return self._read_value(size)

    read1 = read

    def readline(self, size=-1):
        self._check()
        return self._readline_value(size, b'\n')

    def readinto(self, buffer):
        data = self.read(len(buffer))
        n = len(data)
        buffer[:n] = data
        return n

    def seek(self, pos, whence=0):
        self._check()
        if whence == 0:
            if pos < 0:
                raise ValueError('negative seek value %d' % pos)
            self._pos = pos
        elif whence == 1:
            self._pos = max(0, self._pos + pos)
        elif whence == 2:
            self._pos = max(0, self._length + pos)
        else:
            raise ValueError('invalid whence (%d, should be 0, 1 or 2)' % whence)
        return self._pos

    def __repr__(self):
        return '<_io.BytesIO object>'
