#!/usr/bin/env python3
"""Expected results of str methods, reprs, codecs and slices (pygil.runtime.text), by CPython 3.11.

    python3 gen_str_cases.py > str_cases.txt

Line: op TAB argument... TAB '=>' TAB result... Every field is escaped (\\\\, \\t, \\n, \\r,
\\uXXXX, \\UXXXXXXXX). Arguments: text, integers in decimal, '<None>' for None, bytes as 'b:' +
hex. A list result is several fields; a bool is True/False; an exception is '!Type: message'.

Random text only uses characters assigned in Unicode 14.0 (CPython 3.11's database) whose
properties did not change in later versions, since the JDK's Unicode is newer.
"""
import random
import sys
import unicodedata

random.seed(31337)
NONE = '<None>'


def esc(s):
    out = []
    for ch in s:
        o = ord(ch)
        if ch == '\\':
            out.append('\\\\')
        elif ch == '\t':
            out.append('\\t')
        elif ch == '\n':
            out.append('\\n')
        elif ch == '\r':
            out.append('\\r')
        elif 32 <= o < 127:
            out.append(ch)
        elif o < 0x10000:
            out.append('\\u%04x' % o)
        else:
            out.append('\\U%08x' % o)
    return ''.join(out)


def field(v):
    if v is None:
        return NONE
    if isinstance(v, bool):
        return str(v)
    if isinstance(v, int):
        return str(v)
    if isinstance(v, bytes):
        return 'b:' + v.hex()
    return esc(v)


def emit(op, *args, f):
    try:
        r = f()
        res = [field(x) for x in r] if isinstance(r, (list, tuple)) else [field(r)]
    except Exception as e:
        res = [esc('!' + type(e).__name__ + ': ' + str(e))]
    print('\t'.join([op] + [field(a) for a in args] + ['=>'] + res))


# Characters whose case mappings or categories changed after Unicode 14 (JDK is newer).
CHANGED = {0x019B, 0x0264, 0x1DBE, 0xA7C0, 0xA7C1, 0xA7D0, 0xA7D1, 0xA7D6, 0xA7D7, 0xA7D8, 0xA7D9, 0xA7F2,
           0xA7F3, 0xA7F4, 0x2C2F, 0x2C5F}
POOL = [c for c in range(0x20, 0x30000)
        if unicodedata.category(chr(c)) not in ('Cn', 'Cs', 'Co') and c not in CHANGED]
LETTERS = [c for c in POOL if unicodedata.category(chr(c))[0] == 'L' or unicodedata.category(chr(c)) in ('Mn', 'Nd')]
SPECIAL = list('\t\n\r\x0b\x0c\x1c\x1d\x1e\x1f\x85\u2028\u2029 \u00a0\u3000\'"\\\x00\x07\x7f\u00ad\u200b\ufeff'
               '\U0001f600\u00df\ufb01\u0130\u0131\u03a3\u03c2\u1e9e\u01c5\u1f88\u0345\ud800\udfff\ufffe\U0010ffff'
               '\U000e0001\ue000')


def rnd_text(n, pool=POOL, ascii_bias=0.5):
    out = []
    for _ in range(n):
        k = random.random()
        if k < ascii_bias:
            out.append(random.choice('abcXYZ 019_-.,\'"'))
        elif k < ascii_bias + 0.1:
            out.append(random.choice(SPECIAL))
        else:
            out.append(chr(random.choice(pool)))
    s = ''.join(out)
    # A lone high surrogate followed by a low one would be one character in Java.
    return s.replace('\ud800\udfff', '\ud800x\udfff')


# ---- repr / ascii / bytes repr
texts = ['', 'a', "'", '"', '\'"', 'it\'s', 'say "hi"', '\\', '\t\n\r', '\x00\x01\x1f\x7f', '\x80\x9f\xa0\xff',
         '\u00e9\u4e2d\U0001f600', '\u2028\u2029\u200b\ufeff', '\ud800', '\udfff', '\ud800x\udfff', '\ufffe\uffff',
         '\U0001fffe', '\U000e0001\U000e007f', '\ue000\U000f0000', '\u0378', '\u0300a\u0301', 'a\u3000b']
texts += [rnd_text(random.randint(0, 12)) for _ in range(50)]
for s in texts:
    emit('repr', s, f=lambda: repr(s))
    emit('ascii', s, f=lambda: ascii(s))
    emit('isprintable', s, f=lambda: s.isprintable())
for _ in range(50):
    b = bytes(random.getrandbits(8) for _ in range(random.randint(0, 12)))
    emit('bytesrepr', b, f=lambda: repr(b))
for b in [b'', b"'", b'"', b'\'"', b'\\', bytes(range(256))]:
    emit('bytesrepr', b, f=lambda: repr(b))

# ---- split family
SPLIT_TEXTS = ['', ' ', '  a  b  ', 'a b c', 'a,b,,c,', ',a,', 'a\tb\nc\x0bd\x1ce\u3000f\u00a0g\u200bh', '  lead', 'trail  ',
               'a, b, c', 'aaa', 'abcabcabc', 'one', '\u4e2d,\U0001f600,x']
for s in SPLIT_TEXTS + [rnd_text(random.randint(0, 15), ascii_bias=0.8) for _ in range(5)]:
    for sep in [None, ',', ' ', 'a', 'abc', ', ', '', '\U0001f600']:
        for maxsplit in [-1, 0, 1, 2, 5]:
            if maxsplit == -1 or random.random() < 0.2:
                emit('split', s, sep, maxsplit, f=lambda: s.split(sep, maxsplit))
                emit('rsplit', s, sep, maxsplit, f=lambda: s.rsplit(sep, maxsplit))
for s in ['', 'a', 'a\n', 'a\nb', 'a\r\nb\rc\n\nd', '\n', '\r\n', '\r\r\n', 'x\x0by\x0cz\x1c1\x1d2\x1e3\x854\u20285\u20296',
          'no newline', 'a\x1fb']:
    for keep in [False, True]:
        emit('splitlines', s, keep, f=lambda: s.splitlines(keep))
for s in ['a,b', 'a,b,c', ',', 'abc', '', 'a::b::c']:
    for sep in [',', '::', 'x', '']:
        emit('partition', s, sep, f=lambda: s.partition(sep))
        emit('rpartition', s, sep, f=lambda: s.rpartition(sep))

# ---- strip
for s in ['', '  a  ', '\t\n a b \r\x0b\x0c', '\u3000\u00a0x\u2028', 'xxhixx', 'abcba', '\U0001f600a\U0001f600',
          '\x1c\x1da\x1e\x1f', '\u200bx\u200b', '\x85a\x85']:
    for chars in [None, '', 'x', 'ab', ' ', 'xyz\U0001f600', '\U0001f600']:
        emit('strip', s, chars, f=lambda: s.strip(chars))
        emit('lstrip', s, chars, f=lambda: s.lstrip(chars))
        emit('rstrip', s, chars, f=lambda: s.rstrip(chars))

# ---- replace
for s in ['', 'a', 'abc', 'aaaa', 'abcabc', 'a\U0001f600b', '\U0001f600\U0001f600', 'hello world']:
    for old, new in [('', '-'), ('a', 'X'), ('aa', 'b'), ('abc', ''), ('x', 'y'), ('\U0001f600', '!'), ('o', 'oo')]:
        for count in [-1, 0, 1, 2, 3, 10]:
            emit('replace', s, old, new, count, f=lambda: s.replace(old, new, count))

# ---- find family
FIND_TEXTS = ['', 'a', 'abcabc', 'aaaa', 'hello world', 'a\U0001f600b\U0001f600c', '\U0001f600']
IDX = [None, 0, 1, 2, -1, -2, -3, 3, 5, 6, 10, -10, 2**63 - 1, -2**63]
for s in FIND_TEXTS:
    for sub in ['', 'a', 'bc', 'abc', 'aa', 'z', '\U0001f600', 'b\U0001f600', 'o w']:
        for start in IDX:
            for end in IDX:
                if random.random() < 0.008:
                    for op in ('find', 'rfind', 'index', 'rindex', 'count', 'startswith', 'endswith'):
                        emit(op, s, sub, start, end, f=lambda: getattr(s, op)(sub, start, end))
for s in FIND_TEXTS:
    for subs in [('a', 'x'), ('zz', 'c'), (), ('', 'q')]:
        for start, end in [(None, None), (1, None), (0, 2), (-2, None)]:
            emit('startswith_t', s, '|'.join(subs), start, end, f=lambda: s.startswith(subs, start, end))
            emit('endswith_t', s, '|'.join(subs), start, end, f=lambda: s.endswith(subs, start, end))

# ---- case
CASE_TEXTS = ['', 'hello world', 'HELLO', "they're bill's friends from the UK", 'ǅemal ǈudija', 'ßtraße', 'ﬁsh ﬂy',
              'ΣΑΣ ΟΔΟΣ', 'ΑΣ.Σ', 'Σ', 'aΣ', 'aΣb', 'aΣ.', 'a.Σ', 'ΑΣ\u0301', 'İstanbul', 'ıi', 'ŉ', 'ǰ', 'ΐ',
              'ᾈ ᾀ ᾳ', 'ͅ', '123abc', 'a1b2', 'ǄǅǆǇ', 'Ⅻ ⅻ', 'ⓐⓑ Ⓐ', 'ꭰꭱ Ꭰ', 'ĲĳŒœ', 'ǉ', 'ǈa', '\U00010400\U00010428',
              'hello\U0001f600world', 'ʼn', 'aʰΣ', 'µ', 'ſ']
for s in CASE_TEXTS + [rnd_text(random.randint(0, 10), pool=LETTERS, ascii_bias=0.3) for _ in range(20)]:
    for op in ('upper', 'lower', 'casefold', 'capitalize', 'title', 'swapcase', 'isupper', 'islower',
               'istitle', 'isalpha', 'isalnum', 'isdecimal', 'isdigit', 'isnumeric', 'isspace', 'isascii',
               'isidentifier'):
        emit(op, s, f=lambda: getattr(s, op)())
for s in ['0123', '٠١٢', '²³', '½', '①', 'Ⅻ', '一二三', '\U0001d7ce', '', ' \t', '\u3000', '\u200b', '_a1', '1a', 'a b',
          '\U00010107', '௰', '¼', '\u0f33', '𝟘', 'ǅ', 'Ǆǅ', 'A\u0301', 'x\u00b2']:
    for op in ('isdecimal', 'isdigit', 'isnumeric', 'isalnum', 'isalpha', 'isspace', 'isidentifier', 'istitle'):
        emit(op, s, f=lambda: getattr(s, op)())

# ---- padding
for s in ['', 'a', 'abc', 'abcd', '-42', '+7', '\U0001f600', '-', 'x\U0001f600y']:
    for width in [-1, 0, 1, 2, 3, 4, 5, 6, 7, 10]:
        emit('zfill', s, width, f=lambda: s.zfill(width))
        for fill in [' ', '*', '\U0001f600', '', 'ab']:
            if fill == '*' or random.random() < 0.2:
                emit('center', s, width, fill, f=lambda: s.center(width, fill))
                emit('ljust', s, width, fill, f=lambda: s.ljust(width, fill))
                emit('rjust', s, width, fill, f=lambda: s.rjust(width, fill))
for s in ['', '\t', 'a\tb', 'ab\tc\td', '\ta\n\tb', 'abc\r\tx', 'a\U0001f600\tb', '12345678\t|']:
    for ts in [-1, 0, 1, 2, 4, 8]:
        emit('expandtabs', s, ts, f=lambda: s.expandtabs(ts))
for s in ['', 'abc', 'abcabc']:
    for a in ['', 'a', 'ab', 'abc', 'abcd', 'c', 'bc', 'x']:
        emit('removeprefix', s, a, f=lambda: s.removeprefix(a))
        emit('removesuffix', s, a, f=lambda: s.removesuffix(a))

# ---- codecs
ENC_TEXTS = ['', 'abc', 'caf\u00e9', '\u20ac100', '\U0001f600', 'a\ud800b', '\udc80\udcff', 'x\udc80\udc81y\u00e9z',
             '\u00ff\u0100', '\x7f\x80', 'abc\u00e9\u00e8\u00ea', '\ud800\ud800', '\udfff']
for s in ENC_TEXTS + [rnd_text(random.randint(0, 8)) for _ in range(5)]:
    for enc in ['utf-8', 'ascii', 'latin-1', 'UTF8', 'Latin1', 'iso-8859-1', 'us-ascii', 'u8', 'koi8_zz']:
        for errors in ['strict', 'ignore', 'replace', 'backslashreplace', 'xmlcharrefreplace', 'surrogateescape',
                       'surrogatepass', 'bogus']:
            if enc not in ('utf-8', 'ascii', 'latin-1') and errors != 'strict':
                continue
            if errors != 'strict' and random.random() < 0.55:
                continue
            emit('encode', s, enc, errors, f=lambda: s.encode(enc, errors))
DEC_BYTES = [b'', b'abc', b'caf\xc3\xa9', b'\xff', b'\xc3', b'\xc3(', b'\xe2\x82', b'\xe2\x82\xac', b'\xe2(\xa1',
             b'\xf0\x9f\x98\x80', b'\xf0\x9f\x98', b'\xf0\x9f(', b'\xf0(', b'\xed\xa0\x80', b'\xed\xa0\x80\xed\xb0\x80',
             b'\xc0\x80', b'\xc1\xbf', b'\xe0\x80\x80', b'\xf4\x90\x80\x80', b'\xf5\x80', b'\x80abc', b'a\xffb\xfe',
             b'\xf8\x88\x80\x80\x80', b'\xe0\xa0', b'\xef\xbf\xbf', b'\xf4\x8f\xbf\xbf', b'\xed\x9f\xbf', b'\xed\xbf\xbf']
for b in DEC_BYTES + [bytes(random.getrandbits(8) for _ in range(random.randint(0, 8))) for _ in range(10)]:
    for enc in ['utf-8', 'ascii', 'latin-1']:
        for errors in ['strict', 'ignore', 'replace', 'backslashreplace', 'surrogateescape', 'surrogatepass', 'bogus']:
            if enc != 'utf-8' and errors == 'surrogatepass':
                continue
            if errors != 'strict' and random.random() < 0.55:
                continue
            emit('decode', b, enc, errors, f=lambda: b.decode(enc, errors))

# ---- slices
SL = [None, 0, 1, 2, -1, -2, 3, 5, 7, -7, 10, -10, 2**63 - 1, -2**63]
for length in [0, 1, 5, 7]:
    for start in SL:
        for stop in SL:
            for step in [None, 1, 2, 3, -1, -2, -3, 0, 2**63 - 1, -2**63]:
                if random.random() < 0.03:
                    sl = slice(start, stop, step)
                    # PySlice_Unpack clamps the step to -PY_SSIZE_T_MAX (slice.indices() shows it unclamped).
                    emit('slice', start, stop, step, length,
                         f=lambda: (list(sl.indices(length))[:2] + [max(sl.indices(length)[2], -2**63 + 1)]
                                    + [len(range(*sl.indices(length)))]))
