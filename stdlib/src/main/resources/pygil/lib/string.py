"""String constants and Template (pygil's own implementation of CPython's `string`)."""

__all__ = ['ascii_letters', 'ascii_lowercase', 'ascii_uppercase', 'capwords', 'digits',
           'hexdigits', 'octdigits', 'printable', 'punctuation', 'whitespace', 'Formatter',
           'Template']

whitespace = ' \t\n\r\v\f'
ascii_lowercase = 'abcdefghijklmnopqrstuvwxyz'
ascii_uppercase = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'
ascii_letters = ascii_lowercase + ascii_uppercase
digits = '0123456789'
hexdigits = digits + 'abcdef' + 'ABCDEF'
octdigits = '01234567'
punctuation = r"""!"#$%&'()*+,-./:;<=>?@[\]^_`{|}~"""
printable = digits + ascii_letters + punctuation + whitespace


def capwords(s, sep=None):
    """Split s by sep, capitalize each word and join them back with sep (or a space)."""
    return (sep or ' ').join(map(str.capitalize, s.split(sep)))


_ID_START = frozenset('_' + ascii_letters)
_ID_CHARS = frozenset('_' + ascii_letters + digits)


class Template:
    """A string with $-substitutions: Template('$who likes $what').substitute(who=..., ...)."""

    delimiter = '$'
    braceidpattern = None
    flags = None

    def __init__(self, template):
        self.template = template

    def _idlen(self, s, i):
        """Length of the identifier starting at s[i] (0 if none)."""
        if s[i:i + 1] not in _ID_START:
            return 0
        k = 0
        while True:
            window = s[i + k:i + k + 64]
            for c in window:
                if c not in _ID_CHARS:
                    return k
                k += 1
            if len(window) < 64:
                return k

    def _scan(self):
        """Yields (kind, text, start) for the parts: 'text', 'escaped', 'named', 'braced',
        'invalid'."""
        s = self.template
        delim = self.delimiter
        dl = len(delim)
        n = len(s)
        i = 0
        text_start = 0
        while True:
            i = s.find(delim, i)
            if i < 0:
                break
            if i > text_start:
                yield 'text', s[text_start:i], text_start
            j = i + dl
            rest = s[j:j + 1]
            if s.startswith(delim, j):
                yield 'escaped', delim, i
                i = j + dl
            elif rest == '{':
                k = self._idlen(s, j + 1)
                if k and s[j + 1 + k:j + 2 + k] == '}':
                    yield 'braced', s[j + 1:j + 1 + k], i
                    i = j + k + 2
                else:
                    yield 'invalid', delim, i
                    i = j
            else:
                k = self._idlen(s, j)
                if k:
                    yield 'named', s[j:j + k], i
                    i = j + k
                else:
                    yield 'invalid', delim, i
                    i = j
            text_start = i
        if text_start < n:
            yield 'text', s[text_start:], text_start

    def _invalid(self, i):
        lines = self.template[:i].splitlines(keepends=True)
        if not lines:
            colno = 1
            lineno = 1
        else:
            colno = i - len(''.join(lines[:-1]))
            lineno = len(lines)
        raise ValueError('Invalid placeholder in string: line %d, col %d' % (lineno, colno))

    def substitute(self, mapping=None, /, **kws):
        if mapping is None:
            mapping = kws
        elif kws:
            mapping = _ChainMapping(kws, mapping)
        out = []
        for kind, text, pos in self._scan():
            if kind in ('text', 'escaped'):
                out.append(text)
            elif kind == 'invalid':
                self._invalid(pos + len(self.delimiter))
            else:
                out.append('%s' % (mapping[text],))
        return ''.join(out)

    def safe_substitute(self, mapping=None, /, **kws):
        if mapping is None:
            mapping = kws
        elif kws:
            mapping = _ChainMapping(kws, mapping)
        out = []
        for kind, text, pos in self._scan():
            if kind in ('text', 'escaped', 'invalid'):
                out.append(text)
            else:
                try:
                    out.append('%s' % (mapping[text],))
                except KeyError:
                    delim = self.delimiter
                    out.append(delim + text if kind == 'named' else delim + '{' + text + '}')
        return ''.join(out)

    def is_valid(self):
        return all(kind != 'invalid' for kind, _, _ in self._scan())

    def get_identifiers(self):
        ids = []
        for kind, text, _ in self._scan():
            if kind in ('named', 'braced') and text not in ids:
                ids.append(text)
        return ids


class _ChainMapping:
    def __init__(self, *maps):
        self.maps = maps

    def __getitem__(self, key):
        for m in self.maps:
            try:
                return m[key]
            except KeyError:
                pass
        raise KeyError(key)


class Formatter:
    """str.format() as an overridable class (basic: format/vformat/get_value/convert_field)."""

    def format(self, format_string, /, *args, **kwargs):
        return self.vformat(format_string, args, kwargs)

    def vformat(self, format_string, args, kwargs):
        out = []
        auto = 0
        for literal, field, spec, conv in self.parse(format_string):
            out.append(literal)
            if field is None:
                continue
            if field == '':
                field = str(auto)
                auto += 1
            obj, _ = self.get_field(field, args, kwargs)
            obj = self.convert_field(obj, conv)
            spec = self.vformat(spec, args, kwargs) if spec else spec
            out.append(self.format_field(obj, spec))
        return ''.join(out)

    def parse(self, format_string):
        s = list(format_string)     # O(1) indexing (pygil's str indexing is O(len))
        i = 0
        n = len(s)
        literal = []
        while i < n:
            c = s[i]
            if c == '{':
                if i + 1 < n and s[i + 1] == '{':
                    literal.append('{')
                    i += 2
                    continue
                depth = 1
                j = i + 1
                while j < n and depth:
                    if s[j] == '{':
                        depth += 1
                    elif s[j] == '}':
                        depth -= 1
                    j += 1
                if depth:
                    raise ValueError("expected '}' before end of string")
                body = ''.join(s[i + 1:j - 1])
                conv = None
                spec = ''
                colon = body.find(':')
                head = body if colon < 0 else body[:colon]
                if colon >= 0:
                    spec = body[colon + 1:]
                if '!' in head:
                    head, conv = head.split('!', 1)
                yield ''.join(literal), head, spec, conv
                literal = []
                i = j
            elif c == '}':
                if i + 1 < n and s[i + 1] == '}':
                    literal.append('}')
                    i += 2
                    continue
                raise ValueError("Single '}' encountered in format string")
            else:
                literal.append(c)
                i += 1
        if literal:
            yield ''.join(literal), None, None, None

    def get_field(self, field_name, args, kwargs):
        first = field_name
        rest = ''
        for k, ch in enumerate(field_name):
            if ch in '.[':
                first, rest = field_name[:k], field_name[k:]
                break
        obj = self.get_value(int(first) if first.isdigit() else first, args, kwargs)
        while rest:
            if rest[0] == '.':
                end = len(rest)
                for k in range(1, len(rest)):
                    if rest[k] in '.[':
                        end = k
                        break
                obj = getattr(obj, rest[1:end])
                rest = rest[end:]
            else:
                end = rest.index(']')
                key = rest[1:end]
                obj = obj[int(key) if key.isdigit() else key]
                rest = rest[end + 1:]
        return obj, first

    def get_value(self, key, args, kwargs):
        if isinstance(key, int):
            return args[key]
        return kwargs[key]

    def check_unused_args(self, used_args, args, kwargs):
        pass

    def format_field(self, value, format_spec):
        return format(value, format_spec)

    def convert_field(self, value, conversion):
        if conversion is None:
            return value
        if conversion == 's':
            return str(value)
        if conversion == 'r':
            return repr(value)
        if conversion == 'a':
            return ascii(value)
        raise ValueError('Unknown conversion specifier %s' % conversion)
