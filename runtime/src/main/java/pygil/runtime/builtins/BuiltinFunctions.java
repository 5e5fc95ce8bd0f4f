package pygil.runtime.builtins;

import java.math.BigInteger;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeSet;

import pygil.runtime.call.ArgParser;
import pygil.runtime.call.Call;
import pygil.runtime.error.ExceptionTypes;
import pygil.runtime.error.PyErrors;
import pygil.runtime.error.PyException;
import pygil.runtime.iterators.FunctionalIterators;
import pygil.runtime.num.IntMath;
import pygil.runtime.object.BuiltinImpl;
import pygil.runtime.object.HasAttributes;
import pygil.runtime.object.PEllipsis;
import pygil.runtime.object.PNone;
import pygil.runtime.object.PNotImplemented;
import pygil.runtime.object.PyBuiltinFunction;
import pygil.runtime.object.PyBytes;
import pygil.runtime.object.PyDict;
import pygil.runtime.object.PyList;
import pygil.runtime.object.PyModule;
import pygil.runtime.object.PyTuple;
import pygil.runtime.object.PyType;
import pygil.runtime.ops.Attr;
import pygil.runtime.ops.Binary;
import pygil.runtime.ops.BinaryOp;
import pygil.runtime.ops.Compare;
import pygil.runtime.ops.CompareOp;
import pygil.runtime.ops.Hash;
import pygil.runtime.ops.Items;
import pygil.runtime.ops.Iter;
import pygil.runtime.ops.PyIterator;
import pygil.runtime.ops.Numbers;
import pygil.runtime.ops.Repr;
import pygil.runtime.ops.Truth;

/**
 * The contents of the {@code builtins} module that need no interpreter (Equivalent of
 * {@code Python/bltinmodule.c}): functions, the builtin types, the exception classes and the
 * constants. The interpreter adds {@code __import__}, {@code globals}, {@code locals},
 * {@code exec}, {@code eval}, {@code compile}, {@code breakpoint} and {@code __build_class__}.
 */
public final class BuiltinFunctions {
    private BuiltinFunctions() {}

    /** Where {@code print} and {@code input} find {@code sys.stdout}/{@code sys.stdin}. */
    public interface Host {
        Object stdout();

        Object stdin();
    }

    private static volatile Host defaultHost;

    /**
     * Sets where {@link #create()}'s {@code print}/{@code input} find the standard streams (the
     * interpreter points it at {@code sys.stdout}/{@code sys.stdin}).
     */
    public static void setDefaultHost(Host host) {
        defaultHost = host;
    }

    /**
     * The builtins, with {@code print}/{@code input} using the host set by
     * {@link #setDefaultHost}, or streams over {@code System.out}/{@code System.in} until one is
     * set.
     */
    public static Map<String, Object> create() {
        return create(new Host() {
            private PyTextStream out;
            private PyTextStream in;

            @Override
            public Object stdout() {
                Host h = defaultHost;
                if (h != null) {
                    return h.stdout();
                }
                if (out == null) {
                    out = new PyTextStream("<stdout>", System.out, true, false);
                }
                return out;
            }

            @Override
            public Object stdin() {
                Host h = defaultHost;
                if (h != null) {
                    return h.stdin();
                }
                if (in == null) {
                    in = new PyTextStream("<stdin>", System.in);
                }
                return in;
            }
        });
    }

    /** The builtins by name, in a stable order. */
    public static Map<String, Object> create(Host host) {
        Map<String, Object> m = new LinkedHashMap<>();
        Map<String, PyType> types = new LinkedHashMap<>();
        types.put("object", BuiltinTypes.OBJECT);
        types.put("type", BuiltinTypes.TYPE);
        types.put("int", BuiltinTypes.INT);
        types.put("bool", BuiltinTypes.BOOL);
        types.put("float", BuiltinTypes.FLOAT);
        types.put("complex", BuiltinTypes.COMPLEX);
        types.put("str", BuiltinTypes.STR);
        types.put("bytes", BuiltinTypes.BYTES);
        types.put("bytearray", BuiltinTypes.BYTEARRAY);
        types.put("list", BuiltinTypes.LIST);
        types.put("tuple", BuiltinTypes.TUPLE);
        types.put("dict", BuiltinTypes.DICT);
        types.put("set", BuiltinTypes.SET);
        types.put("frozenset", BuiltinTypes.FROZENSET);
        types.put("range", BuiltinTypes.RANGE);
        types.put("slice", BuiltinTypes.SLICE);
        types.put("property", BuiltinTypes.PROPERTY);
        types.put("staticmethod", BuiltinTypes.STATICMETHOD);
        types.put("classmethod", BuiltinTypes.CLASSMETHOD);
        types.put("super", BuiltinTypes.SUPER);
        types.put("enumerate", BuiltinTypes.ENUMERATE);
        types.put("zip", BuiltinTypes.ZIP);
        types.put("map", BuiltinTypes.MAP);
        types.put("filter", BuiltinTypes.FILTER);
        types.put("reversed", BuiltinTypes.REVERSED);
        m.putAll(types);
        m.put("NotImplemented", PNotImplemented.INSTANCE);
        m.put("Ellipsis", PEllipsis.INSTANCE);
        m.putAll(ExceptionTypes.all());

        def(m, "print", (args, kw) -> print(host, args, kw));
        def(m, "input", (args, kw) -> input(host, args, kw));
        def(m, "len", (args, kw) -> Items.len(ArgParser.one("len", args, kw)));
        def(m, "repr", (args, kw) -> Repr.repr(ArgParser.one("repr", args, kw)));
        def(m, "ascii", (args, kw) -> Repr.ascii(ArgParser.one("ascii", args, kw)));
        def(m, "abs", (args, kw) -> Binary.abs(ArgParser.one("abs", args, kw)));
        def(m, "all", (args, kw) -> {
            Object it = Iter.getIter(ArgParser.one("all", args, kw));
            for (Object x = Iter.next(it); x != Iter.STOP; x = Iter.next(it)) {
                if (!Truth.isTrue(x)) {
                    return false;
                }
            }
            return true;
        });
        def(m, "any", (args, kw) -> {
            Object it = Iter.getIter(ArgParser.one("any", args, kw));
            for (Object x = Iter.next(it); x != Iter.STOP; x = Iter.next(it)) {
                if (Truth.isTrue(x)) {
                    return true;
                }
            }
            return false;
        });
        def(m, "bin", (args, kw) -> radix(ArgParser.one("bin", args, kw), 2, "0b"));
        def(m, "oct", (args, kw) -> radix(ArgParser.one("oct", args, kw), 8, "0o"));
        def(m, "hex", (args, kw) -> radix(ArgParser.one("hex", args, kw), 16, "0x"));
        def(m, "callable", (args, kw) -> Call.isCallable(ArgParser.one("callable", args, kw)));
        def(m, "chr", (args, kw) -> {
            long i = Numbers.asLong(ArgParser.one("chr", args, kw));
            if (i < 0 || i > 0x10FFFF) {
                throw PyErrors.valueError("chr() arg not in range(0x110000)");
            }
            return Character.toString((int) i);
        });
        def(m, "ord", (args, kw) -> ord(ArgParser.one("ord", args, kw)));
        def(m, "open", pygil.runtime.io.OpenFunction::call);
        def(m, "delattr", (args, kw) -> {
            ArgParser.unpack("delattr", args, kw, 2, 2);
            Attr.delAttr(args[0], ObjectType.attrName(args[1]));
            return PNone.NONE;
        });
        def(m, "setattr", (args, kw) -> {
            ArgParser.unpack("setattr", args, kw, 3, 3);
            Attr.setAttr(args[0], ObjectType.attrName(args[1]), args[2]);
            return PNone.NONE;
        });
        def(m, "getattr", (args, kw) -> {
            ArgParser.unpack("getattr", args, kw, 2, 3);
            String name = ObjectType.attrName(args[1]);
            if (args.length == 3) {
                Object v = Attr.lookupAttr(args[0], name);
                return v == null ? args[2] : v;
            }
            return Attr.getAttr(args[0], name);
        });
        def(m, "hasattr", (args, kw) -> {
            ArgParser.unpack("hasattr", args, kw, 2, 2);
            return Attr.hasAttr(args[0], ObjectType.attrName(args[1]));
        });
        def(m, "dir", (args, kw) -> {
            Object[] a = ArgParser.unpack("dir", args, kw, 0, 1);
            if (a.length == 0) {
                throw PyErrors.notImplementedError("dir() without arguments needs the interpreter");
            }
            return dir(a[0]);
        });
        def(m, "divmod", (args, kw) -> {
            ArgParser.unpack("divmod", args, kw, 2, 2);
            return Binary.divmod(args[0], args[1]);
        });
        def(m, "format", (args, kw) -> {
            Object[] p = ArgParser.parse("format", args, kw, new String[] {"value", "format_spec"}, 2, 2, 1);
            return Repr.format(p[0], p[1] == null ? "" : StrType.str(p[1], "format() argument 2 must be str"));
        });
        def(m, "hash", (args, kw) -> Hash.hash(ArgParser.one("hash", args, kw)));
        def(m, "id", (args, kw) -> Repr.id(ArgParser.one("id", args, kw)));
        def(m, "isinstance", (args, kw) -> {
            ArgParser.unpack("isinstance", args, kw, 2, 2);
            return isInstance(args[0], args[1]);
        });
        def(m, "issubclass", (args, kw) -> {
            ArgParser.unpack("issubclass", args, kw, 2, 2);
            if (!(args[0] instanceof PyType t)) {
                throw PyErrors.typeError("issubclass() arg 1 must be a class");
            }
            return isSubclass(t, args[1]);
        });
        def(m, "iter", (args, kw) -> {
            ArgParser.unpack("iter", args, kw, 1, 2);
            if (args.length == 1) {
                return Iter.getIter(args[0]);
            }
            if (!Call.isCallable(args[0])) {
                throw PyErrors.typeError("iter(v, w): v must be callable");
            }
            return new FunctionalIterators.CallableIterator(args[0], args[1]);
        });
        def(m, "next", (args, kw) -> {
            ArgParser.unpack("next", args, kw, 1, 2);
            if (!Iter.isIterator(args[0])) {
                throw PyErrors.typeError("'" + BuiltinTypes.typeName(args[0]) + "' object is not an iterator");
            }
            Object v = Iter.next(args[0]);
            if (v == Iter.STOP) {
                if (args.length == 2) {
                    return args[1];
                }
                throw PyErrors.stopIteration(args[0] instanceof PyIterator p ? p.stopValue() : null);
            }
            return v;
        });
        def(m, "max", (args, kw) -> minMax("max", args, kw, CompareOp.GT));
        def(m, "min", (args, kw) -> minMax("min", args, kw, CompareOp.LT));
        def(m, "pow", (args, kw) -> {
            Object[] p = ArgParser.parse("pow", args, kw, new String[] {"base", "exp", "mod"}, 0, 3, 2);
            if (p[2] == null || p[2] == PNone.NONE) {
                return Binary.op(p[0], p[1], BinaryOp.POW);
            }
            return Binary.pow3(p[0], p[1], p[2]);
        });
        def(m, "round", (args, kw) -> {
            Object[] p = ArgParser.parse("round", args, kw, new String[] {"number", "ndigits"}, 0, 2, 1);
            PyType t = BuiltinTypes.typeOf(p[0]);
            Object r = t.lookup("__round__");
            if (r == null) {
                throw PyErrors.typeError("type " + t.getName() + " doesn't define __round__ method");
            }
            Object[] a = p[1] == null || p[1] == PNone.NONE ? new Object[0] : new Object[] {p[1]};
            return Call.callUnbound(r, p[0], t, a);
        });
        def(m, "sorted", (args, kw) -> {
            int npos = args.length - kw.length;
            if (npos != 1) {
                throw PyErrors.typeError("sorted expected 1 argument, got " + npos);
            }
            PyList l = Iter.toList(args[0]);
            Object[] p = ArgParser.parse("sort", java.util.Arrays.copyOfRange(args, 1, args.length), kw, new String[] {"key", "reverse"}, 0, 0, 0);
            Sorting.sort(l, p[0], p[1] != null && Truth.isTrue(p[1]));
            return l;
        });
        def(m, "sum", (args, kw) -> {
            Object[] p = ArgParser.parse("sum", args, kw, new String[] {"iterable", "start"}, 1, 2, 0);
            if (p[0] == null) {
                throw PyErrors.typeError("sum() takes at least 1 positional argument (0 given)");
            }
            return sum(p[0], p[1] == null ? 0L : p[1]);
        });
        def(m, "vars", (args, kw) -> {
            Object[] a = ArgParser.unpack("vars", args, kw, 0, 1);
            if (a.length == 0) {
                throw PyErrors.notImplementedError("vars() without arguments needs the interpreter");
            }
            Object d = Attr.lookupAttr(a[0], "__dict__");
            if (d == null) {
                throw PyErrors.typeError("vars() argument must have __dict__ attribute");
            }
            return d;
        });
        return m;
    }

    private static void def(Map<String, Object> m, String name, BuiltinImpl impl) {
        m.put(name, new PyBuiltinFunction(name, impl).makeImmortal());
    }

    private static Object print(Host host, Object[] args, String[] kw) {
        int npos = args.length - kw.length;
        String sep = " ";
        String end = "\n";
        Object file = PNone.NONE;
        boolean flush = false;
        for (int i = 0; i < kw.length; i++) {
            Object v = args[npos + i];
            switch (kw[i]) {
                case "sep":
                    sep = textArg("sep", v, " ");
                    break;
                case "end":
                    end = textArg("end", v, "\n");
                    break;
                case "file":
                    file = v;
                    break;
                case "flush":
                    flush = Truth.isTrue(v);
                    break;
                default:
                    throw PyErrors.typeError("'" + kw[i] + "' is an invalid keyword argument for print()");
            }
        }
        if (file == PNone.NONE) {
            file = host.stdout();
            if (file == null || file == PNone.NONE) {
                return PNone.NONE;
            }
        }
        if (file instanceof PyTextStream ts && ts.getType() == BuiltinTypes.TEXT_IO_WRAPPER) {
            for (int i = 0; i < npos; i++) {
                if (i > 0) {
                    ts.write(sep);
                }
                ts.write(Repr.str(args[i]));
            }
            ts.write(end);
            if (flush) {
                ts.flush();
            }
            return PNone.NONE;
        }
        Object write = Attr.getAttr(file, "write");
        for (int i = 0; i < npos; i++) {
            if (i > 0) {
                Call.call1(write, sep);
            }
            Call.call1(write, Repr.str(args[i]));
        }
        Call.call1(write, end);
        if (flush) {
            Call.call0(Attr.getAttr(file, "flush"));
        }
        return PNone.NONE;
    }

    private static String textArg(String name, Object v, String dflt) {
        if (v == PNone.NONE) {
            return dflt;
        }
        if (!(pygil.runtime.object.PyValueSub.unwrap(v) instanceof String s)) {
            throw PyErrors.typeError(name + " must be None or a string, not " + BuiltinTypes.typeName(v));
        }
        return s;
    }

    private static Object input(Host host, Object[] args, String[] kw) {
        Object[] a = ArgParser.unpack("input", args, kw, 0, 1);
        Object out = host.stdout();
        if (a.length == 1 && out != null && out != PNone.NONE) {
            Call.call1(Attr.getAttr(out, "write"), Repr.str(a[0]));
            Call.call0(Attr.getAttr(out, "flush"));
        } else if (out != null && out != PNone.NONE) {
            Call.call0(Attr.getAttr(out, "flush"));
        }
        Object line = Call.call0(Attr.getAttr(host.stdin(), "readline"));
        if (!(line instanceof String s)) {
            throw PyErrors.typeError("object.readline() returned non-string");
        }
        if (s.isEmpty()) {
            throw PyErrors.eofError("EOF when reading a line");
        }
        return s.endsWith("\n") ? s.substring(0, s.length() - 1) : s;
    }

    private static Object radix(Object o, int radix, String prefix) {
        Object i = Numbers.index(o);
        BigInteger b = IntMath.big(i);
        String digits = b.abs().toString(radix);
        return (b.signum() < 0 ? "-" : "") + prefix + digits;
    }

    private static Object ord(Object c) {
        if (pygil.runtime.object.PyValueSub.unwrap(c) instanceof String s) {
            int n = s.codePointCount(0, s.length());
            if (n != 1) {
                throw PyErrors.typeError("ord() expected a character, but string of length " + n + " found");
            }
            return (long) s.codePointAt(0);
        }
        byte[] bytes = pygil.runtime.object.BytesLike.viewOrNull(c);
        if (bytes != null) {
            if (bytes.length != 1) {
                throw PyErrors.typeError("ord() expected a character, but string of length " + bytes.length + " found");
            }
            return (long) (bytes[0] & 0xff);
        }
        throw PyErrors.typeError("ord() expected string of length 1, but " + BuiltinTypes.typeName(c) + " found");
    }

    /** {@code isinstance(obj, cls)} (Equivalent of {@code PyObject_IsInstance}, without {@code __instancecheck__}). */
    public static boolean isInstance(Object obj, Object cls) {
        if (cls instanceof PyType t) {
            PyType ot = BuiltinTypes.typeOf(obj);
            if (ot == t) {
                return true;
            }
            Boolean hooked = t.getType() == BuiltinTypes.TYPE ? null : Metaclasses.instanceCheck(obj, t);
            return hooked != null ? hooked : ot.isSubtypeOf(t);
        }
        if (cls instanceof PyTuple tu) {
            for (Object c : tu.items) {
                if (isInstance(obj, c)) {
                    return true;
                }
            }
            return false;
        }
        throw PyErrors.typeError("isinstance() arg 2 must be a type, a tuple of types, or a union");
    }

    /** {@code issubclass(sub, cls)}. */
    public static boolean isSubclass(PyType sub, Object cls) {
        if (cls instanceof PyType t) {
            Boolean hooked = t.getType() == BuiltinTypes.TYPE ? null : Metaclasses.subclassCheck(sub, t);
            return hooked != null ? hooked : sub.isSubtypeOf(t);
        }
        if (cls instanceof PyTuple tu) {
            for (Object c : tu.items) {
                if (isSubclass(sub, c)) {
                    return true;
                }
            }
            return false;
        }
        throw PyErrors.typeError("issubclass() arg 2 must be a class, a tuple of classes, or a union");
    }

    private static Object minMax(String name, Object[] args, String[] kw, CompareOp better) {
        int npos = args.length - kw.length;
        Object key = null;
        Object dflt = null;
        for (int i = 0; i < kw.length; i++) {
            if (kw[i].equals("key")) {
                key = args[npos + i] == PNone.NONE ? null : args[npos + i];
            } else if (kw[i].equals("default")) {
                dflt = args[npos + i];
            } else {
                throw PyErrors.typeError("'" + kw[i] + "' is an invalid keyword argument for " + name + "()");
            }
        }
        if (npos == 0) {
            throw PyErrors.typeError(name + " expected at least 1 argument, got 0");
        }
        Object it;
        if (npos == 1) {
            it = Iter.getIter(args[0]);
        } else {
            if (dflt != null) {
                throw PyErrors.typeError("Cannot specify a default for " + name + "() with multiple positional arguments");
            }
            it = Iter.getIter(PyTuple.copyOf(args, 0, npos));
        }
        Object best = null;
        Object bestKey = null;
        for (Object x = Iter.next(it); x != Iter.STOP; x = Iter.next(it)) {
            Object k = key == null ? x : Call.call1(key, x);
            if (best == null || Compare.richCompareBool(k, bestKey, better)) {
                best = x;
                bestKey = k;
            }
        }
        if (best == null) {
            if (dflt != null) {
                return dflt;
            }
            throw PyErrors.valueError(name + "() arg is an empty sequence");
        }
        return best;
    }

    private static Object sum(Object iterable, Object start) {
        if (pygil.runtime.object.PyValueSub.unwrap(start) instanceof String) {
            throw PyErrors.typeError("sum() can't sum strings [use ''.join(seq) instead]");
        }
        if (start instanceof PyBytes) {
            throw PyErrors.typeError("sum() can't sum bytes [use b''.join(seq) instead]");
        }
        if (start instanceof pygil.runtime.object.PyByteArray) {
            throw PyErrors.typeError("sum() can't sum bytearray [use b''.join(seq) instead]");
        }
        Object it = Iter.getIter(iterable);
        Object acc = start;
        for (Object x = Iter.next(it); x != Iter.STOP; x = Iter.next(it)) {
            acc = Binary.op(acc, x, BinaryOp.ADD);
        }
        return acc;
    }

    /** {@code dir(obj)}: the sorted attribute names of the object, its class and the bases. */
    public static PyList dirOf(Object o) {
        TreeSet<String> names = new TreeSet<>();
        if (o instanceof PyModule m) {
            addKeys(names, m.dict);
        } else if (o instanceof PyType t) {
            for (PyType c : t.getMro()) {
                addKeys(names, c.getDict());
            }
        } else {
            if (o instanceof HasAttributes h && !(o instanceof PyType)) {
                try {
                    addKeys(names, h.getDict());
                } catch (PyException e) {
                    // no __dict__
                }
            }
            for (PyType c : BuiltinTypes.typeOf(o).getMro()) {
                addKeys(names, c.getDict());
            }
            names.add("__class__");
            if (o instanceof pygil.runtime.object.PyInstance i && i.getType().instancesHaveDict()) {
                names.add("__dict__");
            }
        }
        Object[] a = names.toArray();
        return new PyList(a, a.length);
    }

    private static void addKeys(TreeSet<String> names, PyDict d) {
        for (int e = d.nextEntry(0); e >= 0; e = d.nextEntry(e + 1)) {
            if (d.keyAt(e) instanceof String s) {
                names.add(s);
            }
        }
    }

    /** {@code dir(obj)} via {@code __dir__}. */
    public static Object dir(Object o) {
        Object m = BuiltinTypes.typeOf(o).lookup("__dir__");
        if (m == null) {
            return dirOf(o);
        }
        PyList l = Iter.toList(Call.callUnbound(m, o, BuiltinTypes.typeOf(o), new Object[0]));
        Sorting.sort(l, null, false);
        return l;
    }
}
