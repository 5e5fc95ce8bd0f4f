package pygil.runtime.builtins;

import static pygil.runtime.builtins.BuiltinTypes.STR;


import pygil.runtime.call.ArgParser;
import pygil.runtime.error.PyErrors;
import pygil.runtime.iterators.SequenceIterators;
import pygil.runtime.object.BytesLike;
import pygil.runtime.object.PNone;
import pygil.runtime.object.PNotImplemented;
import pygil.runtime.object.PyBytes;
import pygil.runtime.object.PyDict;
import pygil.runtime.object.PyList;
import pygil.runtime.object.PyTuple;
import pygil.runtime.object.PyType;
import pygil.runtime.object.PyValueSub;
import pygil.runtime.ops.BinaryOp;
import pygil.runtime.ops.BuiltinOps;
import pygil.runtime.ops.Compare;
import pygil.runtime.ops.CompareOp;
import pygil.runtime.ops.Hash;
import pygil.runtime.ops.Iter;
import pygil.runtime.ops.Numbers;
import pygil.runtime.ops.Repr;
import pygil.runtime.ops.SequenceOps;
import pygil.runtime.text.FormatSpec;
import pygil.runtime.text.Slices;
import pygil.runtime.text.StrCase;
import pygil.runtime.text.StrCodecs;
import pygil.runtime.text.StrMethods;
import pygil.runtime.text.StrSearch;

/**
 * The methods of {@code str} (Equivalent of {@code Objects/unicodeobject.c}'s method table). The
 * text algorithms are in {@code pygil.runtime.text}; this class parses arguments with CPython's
 * messages and adapts values.
 */
final class StrType {
    private StrType() {}

    /** A str argument (an instance of a str subclass gives its value): TypeError "what, not int". */
    static String str(Object o, String what) {
        if (o instanceof String s) {
            return s;
        }
        if (o instanceof PyValueSub v && v.value instanceof String s) {
            return s;
        }
        throw PyErrors.typeError(what + ", not " + BuiltinTypes.typeName(o));
    }

    /** A start/end argument: None (null) gives {@code dflt}. */
    static long bound(Object o, long dflt) {
        if (o == null || o == PNone.NONE) {
            return dflt;
        }
        if (!Numbers.hasIndex(o)) {
            throw PyErrors.typeError("slice indices must be integers or None or have an __index__ method");
        }
        return Slices.clamp(Numbers.index(o));
    }

    /**
     * The arguments of a {@code find(sub[, start[, end]])}-style method (self first): checks
     * their number, CPython's way, and answers start and end.
     */
    static long[] searchRange(String name, Object[] args, String[] kw) {
        ArgParser.noKeywords(name, kw);
        int n = args.length - 1;
        if (n < 1) {
            throw PyErrors.typeError(name + "() takes at least 1 argument (0 given)");
        }
        if (n > 3) {
            throw PyErrors.typeError(name + "() takes at most 3 arguments (" + n + " given)");
        }
        return new long[] {n > 1 ? bound(args[2], 0) : 0, n > 2 ? bound(args[3], StrSearch.END) : StrSearch.END};
    }

    private static Object[] rest(Object[] args) {
        return java.util.Arrays.copyOfRange(args, 1, args.length);
    }

    /** {@code find(sub[, start[, end]])}-style methods: "count() takes at least 1 argument (0 given)". */
    private interface Search {
        Object call(String s, String sub, long start, long end);
    }

    private static void defSearch(String name, Search f) {
        Methods.def(STR, name, (args, kw) -> {
            long[] range = searchRange(name, args, kw);
            return f.call((String) args[0], str(args[1], "must be str"), range[0], range[1]);
        });
    }

    private interface Affix {
        boolean test(String s, String[] affixes, long start, long end);
    }

    private static void defAffix(String name, Affix f) {
        Methods.def(STR, name, (args, kw) -> {
            ArgParser.noKeywords(name, kw);
            int n = args.length - 1;
            if (n < 1) {
                throw PyErrors.typeError(name + "() takes at least 1 argument (0 given)");
            }
            if (n > 3) {
                throw PyErrors.typeError(name + "() takes at most 3 arguments (" + n + " given)");
            }
            String[] affixes;
            if (PyValueSub.unwrap(args[1]) instanceof String p) {
                affixes = new String[] {p};
            } else if (args[1] instanceof PyTuple t) {
                affixes = new String[t.size()];
                for (int i = 0; i < affixes.length; i++) {
                    affixes[i] = str(t.get(i), "tuple for " + name + " must only contain str");
                }
            } else {
                throw PyErrors.typeError(name + " first arg must be str or a tuple of str, not " + BuiltinTypes.typeName(args[1]));
            }
            return f.test((String) args[0], affixes, n > 1 ? bound(args[2], 0) : 0, n > 2 ? bound(args[3], StrSearch.END) : StrSearch.END);
        });
    }

    private interface Pad {
        String call(String s, long width, String fill);
    }

    private static void defPad(String name, Pad f) {
        Methods.defN(STR, name, 1, 2, (self, a) -> {
            long width = Numbers.asLong(a[0]);
            String fill = " ";
            if (a.length > 1) {
                fill = str(a[1], "The fill character must be a unicode character");
                if (SequenceOps.strLength(fill) != 1) {
                    throw PyErrors.typeError("The fill character must be exactly one character long");
                }
            }
            return f.call((String) self, width, fill);
        });
    }

    private interface Strip {
        String call(String s, String chars);
    }

    private static void defStrip(String name, Strip f) {
        Methods.defN(STR, name, 0, 1, (self, a) -> {
            Object c = a.length > 0 ? a[0] : PNone.NONE;
            c = PyValueSub.unwrap(c);
            if (c != PNone.NONE && !(c instanceof String)) {
                throw PyErrors.typeError(name + " arg must be None or str");
            }
            return f.call((String) self, c == PNone.NONE ? null : (String) c);
        });
    }

    private static PyList list(String[] parts) {
        return new PyList(parts.clone(), parts.length);
    }

    static void install() {
        Methods.defStatic(STR, "__new__", (args, kw) -> {
            PyType cls = Methods.newClass(STR, args);
            Object[] p = ArgParser.parse("str", rest(args), kw, new String[] {"object", "encoding", "errors"}, 0, 3, 0);
            String v = newStr(p[0], p[1], p[2]);
            return cls == STR ? v : new PyValueSub(cls, v);
        });
        Methods.def0(STR, "__len__", self -> (long) SequenceOps.strLength((String) self));
        Methods.def1(STR, "__getitem__", (self, key) -> SequenceOps.strGet((String) self, key));
        Methods.def1(STR, "__contains__", (self, x) -> {
            if (!(PyValueSub.unwrap(x) instanceof String sub)) {
                throw PyErrors.typeError("'in <string>' requires string as left operand, not " + BuiltinTypes.typeName(x));
            }
            return ((String) self).contains(sub);
        });
        Methods.def0(STR, "__iter__", self -> new SequenceIterators.StrIterator((String) self, false));
        Methods.def0(STR, "__hash__", self -> Hash.hash(self));
        Methods.def0(STR, "__repr__", self -> Repr.repr(self));
        Methods.def0(STR, "__str__", self -> self);
        Methods.defKeepSelf(STR, "__format__", (args, kw) -> {
            if (kw.length != 0 || args.length != 2) {
                throw PyErrors.typeError("str.__format__() takes exactly one argument (" + (args.length - 1) + " given)");
            }
            String spec = str(args[1], "format() argument must be str");
            if (spec.isEmpty() && args[0] instanceof PyValueSub) {
                return Repr.str(args[0]);
            }
            return FormatSpec.format(PyValueSub.unwrap(args[0]), spec);
        });
        for (CompareOp op : CompareOp.values()) {
            Methods.def1(STR, op.dunder, (self, other) -> Compare.builtinCompare(self, other, op));
        }
        Methods.def1(STR, "__add__", (self, other) -> {
            if (!(PyValueSub.unwrap(other) instanceof String o)) {
                throw PyErrors.typeError("can only concatenate str (not \"" + BuiltinTypes.typeName(other) + "\") to str");
            }
            return ((String) self).concat(o);
        });
        Methods.def1(STR, "__mul__", (self, n) -> BuiltinOps.binary(self, n, BinaryOp.MUL));
        Methods.def1(STR, "__rmul__", (self, n) -> BuiltinOps.binary(self, n, BinaryOp.MUL));
        Methods.def1(STR, "__mod__", (self, v) -> BuiltinOps.binary(self, v, BinaryOp.MOD));
        Methods.def1(STR, "__rmod__", (self, v) -> PNotImplemented.INSTANCE);
        Methods.def1(STR, "join", (self, it) -> join((String) self, it));
        Methods.def(STR, "format", (args, kw) -> {
            int npos = args.length - kw.length;
            PyDict kwargs = null;
            if (kw.length > 0) {
                kwargs = new PyDict();
                for (int i = 0; i < kw.length; i++) {
                    kwargs.putString(kw[i], args[npos + i]);
                }
            }
            return StrFormatter.format((String) args[0], java.util.Arrays.copyOfRange(args, 1, npos), kwargs);
        });
        Methods.def1(STR, "format_map", (self, m) -> StrFormatter.format((String) self, new Object[0], m));
        Methods.def(STR, "encode", (args, kw) -> {
            Object[] p = ArgParser.parse("encode", rest(args), kw, new String[] {"encoding", "errors"}, 0, 2, 0);
            String enc = p[0] == null ? "utf-8" : str(p[0], "encode() argument 'encoding' must be str");
            String err = p[1] == null ? "strict" : str(p[1], "encode() argument 'errors' must be str");
            return new PyBytes(StrCodecs.encode((String) args[0], enc, err));
        });
        Methods.def(STR, "split", (args, kw) -> split(args, kw, "split", false));
        Methods.def(STR, "rsplit", (args, kw) -> split(args, kw, "rsplit", true));
        Methods.def(STR, "splitlines", (args, kw) -> {
            Object[] p = ArgParser.parse("splitlines", rest(args), kw, new String[] {"keepends"}, 0, 1, 0);
            return list(StrMethods.splitlines((String) args[0], p[0] != null && pygil.runtime.ops.Truth.isTrue(p[0])));
        });
        Methods.def1(STR, "partition", (self, sep) -> PyTuple.of((Object[]) StrMethods.partition((String) self, str(sep, "must be str"))));
        Methods.def1(STR, "rpartition", (self, sep) -> PyTuple.of((Object[]) StrMethods.rpartition((String) self, str(sep, "must be str"))));
        defStrip("strip", StrMethods::strip);
        defStrip("lstrip", StrMethods::lstrip);
        defStrip("rstrip", StrMethods::rstrip);
        Methods.def1(STR, "removeprefix", (self, p) -> StrMethods.removeprefix((String) self, str(p, "removeprefix() argument must be str")));
        Methods.def1(STR, "removesuffix", (self, p) -> StrMethods.removesuffix((String) self, str(p, "removesuffix() argument must be str")));
        Methods.def(STR, "replace", (args, kw) -> {
            Object[] a = rest(args);
            ArgParser.noKeywords("replace", kw);
            if (a.length < 2 || a.length > 3) {
                throw PyErrors.typeError("replace expected " + (a.length < 2 ? "at least 2" : "at most 3") + " arguments, got " + a.length);
            }
            String old = str(a[0], "replace() argument 1 must be str");
            String repl = str(a[1], "replace() argument 2 must be str");
            long count = a.length > 2 ? Numbers.asLong(a[2]) : -1;
            return StrMethods.replace((String) args[0], old, repl, count);
        });
        defPad("ljust", StrMethods::ljust);
        defPad("rjust", StrMethods::rjust);
        defPad("center", StrMethods::center);
        Methods.def1(STR, "zfill", (self, w) -> StrMethods.zfill((String) self, Numbers.asLong(w)));
        Methods.def(STR, "expandtabs", (args, kw) -> {
            Object[] p = ArgParser.parse("expandtabs", rest(args), kw, new String[] {"tabsize"}, 0, 1, 0);
            return StrMethods.expandtabs((String) args[0], p[0] == null ? 8 : Numbers.asLong(p[0]));
        });
        defSearch("find", (s, sub, st, en) -> StrSearch.find(s, sub, st, en));
        defSearch("rfind", (s, sub, st, en) -> StrSearch.rfind(s, sub, st, en));
        defSearch("index", (s, sub, st, en) -> StrSearch.index(s, sub, st, en));
        defSearch("rindex", (s, sub, st, en) -> StrSearch.rindex(s, sub, st, en));
        defSearch("count", (s, sub, st, en) -> StrSearch.count(s, sub, st, en));
        defAffix("startswith", StrSearch::startswith);
        defAffix("endswith", StrSearch::endswith);
        Methods.def0(STR, "upper", self -> StrCase.upper((String) self));
        Methods.def0(STR, "lower", self -> StrCase.lower((String) self));
        Methods.def0(STR, "casefold", self -> StrCase.casefold((String) self));
        Methods.def0(STR, "capitalize", self -> StrCase.capitalize((String) self));
        Methods.def0(STR, "title", self -> StrCase.title((String) self));
        Methods.def0(STR, "swapcase", self -> StrCase.swapcase((String) self));
        Methods.def0(STR, "isupper", self -> StrCase.isUpper((String) self));
        Methods.def0(STR, "islower", self -> StrCase.isLower((String) self));
        Methods.def0(STR, "istitle", self -> StrCase.isTitle((String) self));
        Methods.def0(STR, "isspace", self -> StrCase.isSpace((String) self));
        Methods.def0(STR, "isalpha", self -> StrCase.isAlpha((String) self));
        Methods.def0(STR, "isdecimal", self -> StrCase.isDecimal((String) self));
        Methods.def0(STR, "isdigit", self -> StrCase.isDigit((String) self));
        Methods.def0(STR, "isnumeric", self -> StrCase.isNumeric((String) self));
        Methods.def0(STR, "isalnum", self -> StrCase.isAlnum((String) self));
        Methods.def0(STR, "isprintable", self -> StrCase.isPrintable((String) self));
        Methods.def0(STR, "isascii", self -> StrCase.isAscii((String) self));
        Methods.def0(STR, "isidentifier", self -> StrCase.isIdentifier((String) self));
        Methods.def1(STR, "translate", (self, table) -> translate((String) self, table));
        Methods.defStatic(STR, "maketrans", (args, kw) -> maketrans(args, kw));
    }

    /** {@code str(object)} / {@code str(bytes, encoding, errors)}. */
    static String newStr(Object obj, Object encoding, Object errors) {
        if (obj == null) {
            return "";
        }
        if (encoding == null && errors == null) {
            return Repr.str(obj);
        }
        byte[] b = BytesLike.viewOrNull(obj);
        if (b == null) {
            if (PyValueSub.unwrap(obj) instanceof String) {
                throw PyErrors.typeError("decoding str is not supported");
            }
            throw PyErrors.typeError("decoding to str: need a bytes-like object, " + BuiltinTypes.typeName(obj) + " found");
        }
        String enc = encoding == null ? "utf-8" : str(encoding, "str() argument 'encoding' must be str");
        String err = errors == null ? "strict" : str(errors, "str() argument 'errors' must be str");
        return StrCodecs.decode(b, enc, err);
    }

    /** Equivalent of {@code PyUnicode_Join}. */
    static String join(String sep, Object iterable) {
        if (!Iter.isIterable(iterable)) {
            throw PyErrors.typeError("can only join an iterable");
        }
        Object[] items = Iter.toArray(iterable);
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < items.length; i++) {
            if (!(PyValueSub.unwrap(items[i]) instanceof String s)) {
                throw PyErrors.typeError("sequence item " + i + ": expected str instance, " + BuiltinTypes.typeName(items[i]) + " found");
            }
            if (i > 0) {
                sb.append(sep);
            }
            sb.append(s);
        }
        return sb.toString();
    }

    private static Object split(Object[] args, String[] kw, String name, boolean right) {
        Object[] p = ArgParser.parse(name, rest(args), kw, new String[] {"sep", "maxsplit"}, 0, 2, 0);
        String sep = null;
        if (p[0] != null && p[0] != PNone.NONE) {
            sep = str(p[0], "must be str or None");
        }
        long max = p[1] == null ? -1 : Numbers.asLong(p[1]);
        String s = (String) args[0];
        return list(right ? StrMethods.rsplit(s, sep, max) : StrMethods.split(s, sep, max));
    }

    private static String translate(String s, Object table) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < s.length();) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            Object r;
            try {
                r = pygil.runtime.ops.Items.getItem(table, (long) cp);
            } catch (pygil.runtime.error.PyException e) {
                if (e.matches(pygil.runtime.error.ExceptionTypes.LOOKUP_ERROR)) {
                    sb.appendCodePoint(cp);
                    continue;
                }
                throw e;
            }
            if (r == PNone.NONE) {
                continue;
            }
            if (r instanceof String rs) {
                sb.append(rs);
            } else if (Numbers.isInt(r)) {
                sb.appendCodePoint((int) Numbers.asLong(r));
            } else {
                throw PyErrors.typeError("character mapping must return integer, None or str");
            }
        }
        return sb.toString();
    }

    private static Object maketrans(Object[] args, String[] kw) {
        ArgParser.unpack("maketrans", args, kw, 1, 3);
        PyDict d = new PyDict();
        if (args.length == 1) {
            if (!(args[0] instanceof PyDict src)) {
                throw PyErrors.typeError("if you give only one argument to maketrans it must be a dict");
            }
            for (int e = src.nextEntry(0); e >= 0; e = src.nextEntry(e + 1)) {
                Object k = src.keyAt(e);
                if (k instanceof String ks) {
                    if (SequenceOps.strLength(ks) != 1) {
                        throw PyErrors.valueError("string keys in translate table must be of length 1");
                    }
                    k = (long) ks.codePointAt(0);
                }
                d.setItem(k, src.valueAt(e));
            }
            return d;
        }
        int[] x = str(args[0], "maketrans() argument 1 must be str").codePoints().toArray();
        int[] y = str(args[1], "maketrans() argument 2 must be str").codePoints().toArray();
        if (x.length != y.length) {
            throw PyErrors.valueError("the first two maketrans arguments must have equal length");
        }
        for (int i = 0; i < x.length; i++) {
            d.setItem((long) x[i], (long) y[i]);
        }
        if (args.length == 3) {
            for (int cp : str(args[2], "maketrans() argument 3 must be str").codePoints().toArray()) {
                d.setItem((long) cp, PNone.NONE);
            }
        }
        return d;
    }

}
