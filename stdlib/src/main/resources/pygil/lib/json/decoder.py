"""JSON decoder (pygil's own implementation; error messages and positions as CPython's C
scanner reports them)."""

__all__ = ['JSONDecoder', 'JSONDecodeError']

NaN = float('nan')
PosInf = float('inf')
NegInf = float('-inf')


class JSONDecodeError(ValueError):
    """ValueError subclass with msg, doc, pos, lineno and colno attributes."""

    def __init__(self, msg, doc, pos):
        lineno = doc.count('\n', 0, pos) + 1
        colno = pos - doc.rfind('\n', 0, pos)
        errmsg = '%s: line %d column %d (char %d)' % (msg, lineno, colno, pos)
        ValueError.__init__(self, errmsg)
        self.msg = msg
        self.doc = doc
        self.pos = pos
        self.lineno = lineno
        self.colno = colno

    def __reduce__(self):
        return self.__class__, (self.msg, self.doc, self.pos)


class _Stop(Exception):
    """No JSON value starts at `idx` (CPython's scanner raises StopIteration(idx))."""

    def __init__(self, idx):
        self.idx = idx


_WS = ' \t\n\r'
_ESCAPES = {'"': '"', '\\': '\\', '/': '/', 'b': '\b', 'f': '\f', 'n': '\n', 'r': '\r', 't': '\t'}
_HEX = '0123456789abcdefABCDEF'
_DIGITS = '0123456789'
_CONSTANTS = {'-Infinity': NegInf, 'Infinity': PosInf, 'NaN': NaN}


def _skip_ws(s, idx, n):
    while idx < n and s[idx] in _WS:
        idx += 1
    return idx


# The scanner works on a list of the document's characters: indexing a list is O(1), while
# pygil's str indexing currently costs O(len(str)) per access.

def _scanstring(doc, s, n, end, strict):
    chunks = []
    begin = end - 1
    while True:
        nxt = end
        c = None
        while nxt < n:
            c = s[nxt]
            if c == '"' or c == '\\':
                break
            if strict and c <= '\x1f':
                raise JSONDecodeError('Invalid control character at', doc, nxt)
            nxt += 1
        else:
            raise JSONDecodeError('Unterminated string starting at', doc, begin)
        if nxt != end:
            chunks.append(''.join(s[end:nxt]))
        nxt += 1
        if c == '"':
            end = nxt
            break
        if nxt == n:
            raise JSONDecodeError('Unterminated string starting at', doc, begin)
        c = s[nxt]
        if c != 'u':
            end = nxt + 1
            ch = _ESCAPES.get(c)
            if ch is None:
                raise JSONDecodeError('Invalid \\escape', doc, end - 2)
            chunks.append(ch)
            continue
        nxt += 1
        end = nxt + 4
        if end >= n:
            raise JSONDecodeError('Invalid \\uXXXX escape', doc, nxt - 1)
        digits = s[nxt:end]
        if any(d not in _HEX for d in digits):
            raise JSONDecodeError('Invalid \\uXXXX escape', doc, end - 5)
        code = int(''.join(digits), 16)
        if 0xd800 <= code <= 0xdbff and end + 6 < n and s[end] == '\\' and s[end + 1] == 'u':
            digits2 = s[end + 2:end + 6]
            if any(d not in _HEX for d in digits2):
                raise JSONDecodeError('Invalid \\uXXXX escape', doc, end + 1)
            code2 = int(''.join(digits2), 16)
            if 0xdc00 <= code2 <= 0xdfff:
                code = 0x10000 + (((code - 0xd800) << 10) | (code2 - 0xdc00))
                end += 6
        chunks.append(chr(code))
    return ''.join(chunks), end


def scanstring(s, end, strict=True):
    """Decode the JSON string whose opening quote is at end - 1; returns (str, index after the
    closing quote)."""
    chars = list(s)
    return _scanstring(s, chars, len(chars), end, strict)


def _matches(s, idx, word):
    return s[idx:idx + len(word)] == list(word)


class _Scanner:
    def __init__(self, decoder, doc):
        self.strict = decoder.strict
        self.object_hook = decoder.object_hook
        self.object_pairs_hook = decoder.object_pairs_hook
        self.parse_float = decoder.parse_float
        self.parse_int = decoder.parse_int
        self.parse_constant = decoder.parse_constant
        self.doc = doc
        self.s = list(doc)
        self.n = len(self.s)

    def scan(self, idx):
        s = self.s
        n = self.n
        if idx >= n:
            raise _Stop(idx)
        c = s[idx]
        if c == '"':
            return _scanstring(self.doc, s, n, idx + 1, self.strict)
        if c == '{':
            return self.parse_object(idx + 1)
        if c == '[':
            return self.parse_array(idx + 1)
        if c == 'n' and _matches(s, idx, 'null'):
            return None, idx + 4
        if c == 't' and _matches(s, idx, 'true'):
            return True, idx + 4
        if c == 'f' and _matches(s, idx, 'false'):
            return False, idx + 5
        if c == 'N' and _matches(s, idx, 'NaN'):
            return self.parse_constant('NaN'), idx + 3
        if c == 'I' and _matches(s, idx, 'Infinity'):
            return self.parse_constant('Infinity'), idx + 8
        if c == '-' and _matches(s, idx, '-Infinity'):
            return self.parse_constant('-Infinity'), idx + 9
        return self.parse_number(idx)

    def parse_number(self, start):
        s = self.s
        n = self.n
        idx = start
        if idx < n and s[idx] == '-':
            idx += 1
            if idx >= n:
                raise _Stop(start)
        if idx < n and '1' <= s[idx] <= '9':
            idx += 1
            while idx < n and s[idx] in _DIGITS:
                idx += 1
        elif idx < n and s[idx] == '0':
            idx += 1
        else:
            raise _Stop(start)
        is_float = False
        if idx < n - 1 and s[idx] == '.' and s[idx + 1] in _DIGITS:
            is_float = True
            idx += 2
            while idx < n and s[idx] in _DIGITS:
                idx += 1
        if idx < n - 1 and s[idx] in 'eE':
            e_start = idx
            idx += 1
            if idx < n - 1 and s[idx] in '-+':
                idx += 1
            digits_start = idx
            while idx < n and s[idx] in _DIGITS:
                idx += 1
            if idx > digits_start:
                is_float = True
            else:
                idx = e_start
        text = ''.join(s[start:idx])
        if is_float:
            return self.parse_float(text), idx
        return self.parse_int(text), idx

    def parse_object(self, idx):
        s = self.s
        n = self.n
        doc = self.doc
        pairs = []
        idx = _skip_ws(s, idx, n)
        if idx >= n or s[idx] != '}':
            while True:
                if idx >= n or s[idx] != '"':
                    raise JSONDecodeError('Expecting property name enclosed in double quotes', doc, idx)
                key, idx = _scanstring(doc, s, n, idx + 1, self.strict)
                idx = _skip_ws(s, idx, n)
                if idx >= n or s[idx] != ':':
                    raise JSONDecodeError("Expecting ':' delimiter", doc, idx)
                idx = _skip_ws(s, idx + 1, n)
                value, idx = self.scan(idx)
                pairs.append((key, value))
                idx = _skip_ws(s, idx, n)
                if idx < n and s[idx] == '}':
                    break
                if idx >= n or s[idx] != ',':
                    raise JSONDecodeError("Expecting ',' delimiter", doc, idx)
                idx = _skip_ws(s, idx + 1, n)
        if self.object_pairs_hook is not None:
            return self.object_pairs_hook(pairs), idx + 1
        result = dict(pairs)
        if self.object_hook is not None:
            result = self.object_hook(result)
        return result, idx + 1

    def parse_array(self, idx):
        s = self.s
        n = self.n
        values = []
        idx = _skip_ws(s, idx, n)
        if idx >= n or s[idx] != ']':
            while True:
                value, idx = self.scan(idx)
                values.append(value)
                idx = _skip_ws(s, idx, n)
                if idx < n and s[idx] == ']':
                    break
                if idx >= n or s[idx] != ',':
                    raise JSONDecodeError("Expecting ',' delimiter", self.doc, idx)
                idx = _skip_ws(s, idx + 1, n)
        return values, idx + 1


class JSONDecoder(object):
    """Simple JSON decoder: objects become dicts, arrays lists, numbers int/float."""

    def __init__(self, *, object_hook=None, parse_float=None, parse_int=None,
                 parse_constant=None, strict=True, object_pairs_hook=None):
        self.object_hook = object_hook
        self.parse_float = parse_float or float
        self.parse_int = parse_int or int
        self.parse_constant = parse_constant or _CONSTANTS.__getitem__
        self.strict = strict
        self.object_pairs_hook = object_pairs_hook

    def scan_once(self, s, idx):
        try:
            return _Scanner(self, s).scan(idx)
        except _Stop as err:
            raise StopIteration(err.idx) from None

    def decode(self, s, _w=None):
        """Return the Python representation of the JSON document `s`."""
        scanner = _Scanner(self, s)
        chars, n = scanner.s, scanner.n
        try:
            obj, end = scanner.scan(_skip_ws(chars, 0, n))
        except _Stop as err:
            raise JSONDecodeError('Expecting value', s, err.idx) from None
        end = _skip_ws(chars, end, n)
        if end != n:
            raise JSONDecodeError('Extra data', s, end)
        return obj

    def raw_decode(self, s, idx=0):
        """Decode a JSON document starting at s[idx]: returns (object, end index)."""
        try:
            obj, end = _Scanner(self, s).scan(idx)
        except _Stop as err:
            raise JSONDecodeError('Expecting value', s, err.idx) from None
        return obj, end
