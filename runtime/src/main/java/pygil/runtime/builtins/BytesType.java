package pygil.runtime.builtins;

import static pygil.runtime.builtins.BuiltinTypes.BYTES;

import java.io.ByteArrayOutputStream;

import pygil.runtime.call.ArgParser;
import pygil.runtime.error.PyErrors;
import pygil.runtime.iterators.SequenceIterators;
import pygil.runtime.object.BytesLike;
import pygil.runtime.object.PyBytes;
import pygil.runtime.object.PyBytesSub;
import pygil.runtime.object.PyValueSub;
import pygil.runtime.object.PyList;
import pygil.runtime.object.PyType;
import pygil.runtime.ops.BinaryOp;
import pygil.runtime.ops.BuiltinOps;
import pygil.runtime.ops.Compare;
import pygil.runtime.ops.CompareOp;
import pygil.runtime.ops.Iter;
import pygil.runtime.ops.Numbers;
import pygil.runtime.ops.Repr;
import pygil.runtime.ops.SequenceOps;
import pygil.runtime.text.StrCodecs;
import pygil.runtime.text.StrSearch;

/**
 * The methods of {@code bytes} (Equivalent of {@code Objects/bytesobject.c}): construction,
 * decoding, and the common ASCII-oriented methods, implemented by going through latin-1 text
 * where the semantics coincide.
 */
final class BytesType {
    private BytesType() {}

    static String latin1(byte[] b) {
        return new String(b, java.nio.charset.StandardCharsets.ISO_8859_1);
    }

    static PyBytes fromLatin1(String s) {
        return new PyBytes(s.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
    }

    /** A bytes-like argument's contents (not to be modified). */
    static byte[] bytesArg(Object o, String fname) {
        byte[] b = BytesLike.viewOrNull(o);
        if (b != null) {
            return b;
        }
        throw PyErrors.typeError("a bytes-like object is required, not '" + BuiltinTypes.typeName(o) + "'");
    }

    private interface Search {
        long call(String s, String sub, long start, long end);
    }

    /** find/rfind/index/rindex/count: a bytes-like or int needle, optional start and end (as str's, on latin-1 text). */
    private static void defSearch(String name, Search f) {
        Methods.def(BYTES, name, (args, kw) -> {
            long[] range = StrType.searchRange(name, args, kw);
            return f.call(latin1(((PyBytes) args[0]).bytes), latin1(needle(args[1])), range[0], range[1]);
        });
    }

    /** The sub-sequence argument of the search methods: bytes-like, or one byte given as an int. */
    private static byte[] needle(Object o) {
        if (o instanceof Long || o instanceof Boolean || o instanceof java.math.BigInteger) {
            long v = o instanceof Long l ? l : o instanceof Boolean b ? (b ? 1 : 0) : -1;
            if (v < 0 || v > 255) {
                throw PyErrors.valueError("byte must be in range(0, 256)");
            }
            return new byte[] {(byte) v};
        }
        byte[] b = BytesLike.viewOrNull(o);
        if (b == null) {
            throw PyErrors.typeError("argument should be integer or bytes-like object, not '" + BuiltinTypes.typeName(o) + "'");
        }
        return b;
    }

    private static long found(long index) {
        if (index < 0) {
            throw PyErrors.valueError("subsection not found");
        }
        return index;
    }

    static void install() {
        Methods.defStatic(BYTES, "__new__", (args, kw) -> {
            PyType cls = Methods.newClass(BYTES, args);
            Object[] p = ArgParser.parse("bytes", java.util.Arrays.copyOfRange(args, 1, args.length), kw, new String[] {"source", "encoding", "errors"}, 0, 3, 0);
            PyBytes b = newBytes(p[0], p[1], p[2]);
            return cls == BYTES ? b : new PyBytesSub(cls, b.bytes);
        });
        Methods.def0(BYTES, "__len__", self -> (long) ((PyBytes) self).bytes.length);
        Methods.def1(BYTES, "__getitem__", (self, key) -> SequenceOps.bytesGet((PyBytes) self, key));
        Methods.def0(BYTES, "__iter__", self -> new SequenceIterators.BytesIterator((PyBytes) self));
        Methods.def0(BYTES, "__hash__", self -> ((PyBytes) self).hash());
        Methods.def0(BYTES, "__repr__", self -> Repr.builtinRepr(self));
        for (CompareOp op : CompareOp.values()) {
            Methods.def1(BYTES, op.dunder, (self, other) -> Compare.builtinCompare(self, other, op));
        }
        Methods.def1(BYTES, "__add__", (self, o) -> BuiltinOps.binary(self, o, BinaryOp.ADD));
        Methods.def1(BYTES, "__mul__", (self, o) -> BuiltinOps.binary(self, o, BinaryOp.MUL));
        Methods.def1(BYTES, "__rmul__", (self, o) -> BuiltinOps.binary(self, o, BinaryOp.MUL));
        Methods.def(BYTES, "decode", (args, kw) -> {
            Object[] p = ArgParser.parse("decode", java.util.Arrays.copyOfRange(args, 1, args.length), kw, new String[] {"encoding", "errors"}, 0, 2, 0);
            String enc = p[0] == null ? "utf-8" : StrType.str(p[0], "decode() argument 'encoding' must be str");
            String err = p[1] == null ? "strict" : StrType.str(p[1], "decode() argument 'errors' must be str");
            return StrCodecs.decode(((PyBytes) args[0]).bytes, enc, err);
        });
        Methods.def0(BYTES, "hex", self -> {
            StringBuilder sb = new StringBuilder();
            for (byte b : ((PyBytes) self).bytes) {
                sb.append(Character.forDigit((b >> 4) & 0xf, 16)).append(Character.forDigit(b & 0xf, 16));
            }
            return sb.toString();
        });
        // Methods whose bytes semantics are those of str on latin-1 text.
        Methods.def0(BYTES, "upper", self -> fromLatin1(asciiUpper(latin1(((PyBytes) self).bytes), true)));
        Methods.def0(BYTES, "lower", self -> fromLatin1(asciiUpper(latin1(((PyBytes) self).bytes), false)));
        Methods.defN(BYTES, "strip", 0, 1, (self, a) -> fromLatin1(pygil.runtime.text.StrMethods.strip(latin1(((PyBytes) self).bytes), a.length == 0 || a[0] == pygil.runtime.object.PNone.NONE ? " \t\n\r\f\u000b" : latin1(bytesArg(a[0], "strip")))));
        Methods.defN(BYTES, "split", 0, 2, (self, a) -> {
            String sep = a.length == 0 || a[0] == pygil.runtime.object.PNone.NONE ? null : latin1(bytesArg(a[0], "split"));
            String[] parts = pygil.runtime.text.StrMethods.split(latin1(((PyBytes) self).bytes), sep, a.length > 1 ? Numbers.asLong(a[1]) : -1);
            PyList l = new PyList();
            for (String p : parts) {
                l.append(fromLatin1(p));
            }
            return l;
        });
        Methods.def1(BYTES, "join", (self, it) -> {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            Object[] items = Iter.toArray(it);
            byte[] sep = ((PyBytes) self).bytes;
            for (int i = 0; i < items.length; i++) {
                byte[] b = BytesLike.viewOrNull(items[i]);
                if (b == null) {
                    throw PyErrors.typeError("sequence item " + i + ": expected a bytes-like object, " + BuiltinTypes.typeName(items[i]) + " found");
                }
                if (i > 0) {
                    out.writeBytes(sep);
                }
                out.writeBytes(b);
            }
            return new PyBytes(out.toByteArray());
        });
        Methods.defN(BYTES, "startswith", 1, 1, (self, a) -> latin1(((PyBytes) self).bytes).startsWith(latin1(bytesArg(a[0], "startswith"))));
        Methods.defN(BYTES, "endswith", 1, 1, (self, a) -> latin1(((PyBytes) self).bytes).endsWith(latin1(bytesArg(a[0], "endswith"))));
        Methods.defN(BYTES, "replace", 2, 3, (self, a) -> fromLatin1(pygil.runtime.text.StrMethods.replace(latin1(((PyBytes) self).bytes), latin1(bytesArg(a[0], "replace")),
                        latin1(bytesArg(a[1], "replace")), a.length > 2 ? Numbers.asLong(a[2]) : -1)));
        defSearch("find", StrSearch::find);
        defSearch("rfind", StrSearch::rfind);
        defSearch("index", (s, sub, st, en) -> found(StrSearch.find(s, sub, st, en)));
        defSearch("rindex", (s, sub, st, en) -> found(StrSearch.rfind(s, sub, st, en)));
        defSearch("count", StrSearch::count);
    }

    private static String asciiUpper(String s, boolean upper) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (upper && c >= 'a' && c <= 'z') {
                c -= 32;
            } else if (!upper && c >= 'A' && c <= 'Z') {
                c += 32;
            }
            sb.append(c);
        }
        return sb.toString();
    }

    /** {@code bytes(source, encoding, errors)} (Equivalent of {@code bytes_new_impl}). */
    static PyBytes newBytes(Object source, Object encoding, Object errors) {
        if (source == null) {
            return PyBytes.EMPTY;
        }
        if (PyValueSub.unwrap(source) instanceof String s) {
            if (encoding == null) {
                throw PyErrors.typeError("string argument without an encoding");
            }
            return new PyBytes(StrCodecs.encode(s, StrType.str(encoding, "bytes() argument 'encoding' must be str"), errors == null ? "strict" : StrType.str(errors, "bytes() argument 'errors' must be str")));
        }
        if (encoding != null || errors != null) {
            throw PyErrors.typeError(encoding != null ? "encoding without a string argument" : "errors without a string argument");
        }
        if (source instanceof PyBytes b && b.getType() == BYTES) {
            return b;
        }
        byte[] copy = BytesLike.copyOrNull(source);
        if (copy != null) {
            return new PyBytes(copy);
        }
        if (Numbers.isInt(source)) {
            long n = Numbers.asLong(source);
            if (n < 0) {
                throw PyErrors.valueError("negative count");
            }
            return new PyBytes(new byte[(int) n]);
        }
        if (!Iter.isIterable(source)) {
            throw PyErrors.typeError("cannot convert '" + BuiltinTypes.typeName(source) + "' object to bytes");
        }
        Object[] items = Iter.toArray(source);
        byte[] b = new byte[items.length];
        for (int i = 0; i < b.length; i++) {
            long v = Numbers.asLong(items[i]);
            if (v < 0 || v > 255) {
                throw PyErrors.valueError("bytes must be in range(0, 256)");
            }
            b[i] = (byte) v;
        }
        return new PyBytes(b);
    }

}
