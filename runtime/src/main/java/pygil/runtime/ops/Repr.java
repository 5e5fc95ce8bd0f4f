package pygil.runtime.ops;

import java.math.BigInteger;
import java.util.ArrayList;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

import pygil.runtime.builtins.BuiltinTypes;
import pygil.runtime.builtins.DictViews;
import pygil.runtime.builtins.ObjectType;
import pygil.runtime.call.Call;
import pygil.runtime.error.PyBaseException;
import pygil.runtime.error.PyErrors;
import pygil.runtime.object.PEllipsis;
import pygil.runtime.object.PNone;
import pygil.runtime.object.PNotImplemented;
import pygil.runtime.object.PyAbstractSet;
import pygil.runtime.object.PyBuiltinFunction;
import pygil.runtime.object.PyBytes;
import pygil.runtime.object.PyCell;
import pygil.runtime.object.PyClassMethod;
import pygil.runtime.object.PyCode;
import pygil.runtime.object.PyDict;
import pygil.runtime.object.PyFunction;
import pygil.runtime.object.PyList;
import pygil.runtime.object.PyMethod;
import pygil.runtime.object.PyModule;
import pygil.runtime.object.PyObject;
import pygil.runtime.object.PyRange;
import pygil.runtime.object.PySlice;
import pygil.runtime.object.PyStaticMethod;
import pygil.runtime.object.PySuper;
import pygil.runtime.object.PyTuple;
import pygil.runtime.object.PyType;
import pygil.runtime.text.FloatRepr;
import pygil.runtime.text.StrRepr;

/**
 * {@code repr()}, {@code str()} and {@code format()} (Equivalent of {@code PyObject_Repr},
 * {@code PyObject_Str}, {@code PyObject_Format}). {@link #builtinRepr} has the exact reprs of
 * the builtin types (containers recurse, with {@code [...]} for self-reference as
 * {@code Py_ReprEnter} does); other types go through their {@code __repr__}/{@code __str__}.
 * Default reprs show a stable pseudo-address ({@link PyObject#id()}).
 */
public final class Repr {
    private Repr() {}

    /** Objects whose repr is in progress on this thread (Equivalent of {@code Py_ReprEnter}). */
    private static final ThreadLocal<ArrayList<Object>> IN_PROGRESS = ThreadLocal.withInitial(ArrayList::new);

    /** {@code repr(o)}. */
    public static String repr(Object o) {
        if (o instanceof String s) {
            return StrRepr.repr(s);
        }
        if (o instanceof Long l) {
            return Long.toString(l);
        }
        return reprSlow(o);
    }

    @TruffleBoundary
    private static String reprSlow(Object o) {
        PyType t = BuiltinTypes.typeOf(o);
        if (t.isBuiltin() && !(o instanceof PyBaseException)) {
            String r = knownRepr(o);
            if (r != null) {
                return r;
            }
        }
        Object m = t.lookup("__repr__");
        Object r = Call.callUnbound(m, o, t, new Object[0]);
        if (!(r instanceof String s)) {
            throw PyErrors.typeError("__repr__ returned non-string (type " + BuiltinTypes.typeName(r) + ")");
        }
        return s;
    }

    /** {@code str(o)}. */
    public static String str(Object o) {
        if (o instanceof String s) {
            return s;
        }
        if (o instanceof Long l) {
            return Long.toString(l);
        }
        return strSlow(o);
    }

    @TruffleBoundary
    private static String strSlow(Object o) {
        PyType t = BuiltinTypes.typeOf(o);
        if (t.isBuiltin() && !(o instanceof PyBaseException)) {
            String r = knownRepr(o);
            if (r != null) {
                return r;
            }
        }
        Object m = t.lookup("__str__");
        if (m == ObjectType.STR) {
            return repr(o);
        }
        Object r = Call.callUnbound(m, o, t, new Object[0]);
        if (!(r instanceof String s)) {
            throw PyErrors.typeError("__str__ returned non-string (type " + BuiltinTypes.typeName(r) + ")");
        }
        return s;
    }

    /** {@code ascii(o)}. */
    @TruffleBoundary
    public static String ascii(Object o) {
        return StrRepr.escapeNonAscii(repr(o));
    }

    /** The stable pseudo-address of an object, as {@code 0x7f...}. */
    public static String address(Object o) {
        return "0x" + Long.toHexString(id(o));
    }

    /** {@code id(o)}: unique among live objects (values of immortal kinds by value where cheap). */
    public static long id(Object o) {
        if (o instanceof PyObject p) {
            return p.id();
        }
        if (o instanceof Long l && l >= -5 && l <= 256) {
            return 0x7f1000000000L + (l + 5) * 32;
        }
        if (o instanceof Boolean b) {
            return b ? 0x7f1000100000L : 0x7f1000100020L;
        }
        return 0x5f0000000000L + ((long) System.identityHashCode(o) << 4);
    }

    /** {@code <__main__.C object at 0x...>} (Equivalent of {@code object_repr}). */
    public static String defaultRepr(Object o) {
        PyType t = BuiltinTypes.typeOf(o);
        String mod = t.getModule();
        String name = mod.equals("builtins") ? t.getQualname() : mod + "." + t.getQualname();
        return "<" + name + " object at " + address(o) + ">";
    }

    /** {@code repr(cls)}: {@code <class 'int'>}, {@code <class '__main__.C'>}. */
    public static String typeRepr(PyType t) {
        String mod = t.getModule();
        return mod.equals("builtins") ? "<class '" + t.getQualname() + "'>" : "<class '" + mod + "." + t.getQualname() + "'>";
    }

    /** The repr of a value of a builtin type (or the builtin part of a subclass instance). */
    @TruffleBoundary
    public static String builtinRepr(Object o) {
        String r = knownRepr(o);
        return r != null ? r : defaultRepr(o);
    }

    /** The repr of the builtin kinds this class knows, or null (then the type's {@code __repr__} decides). */
    private static String knownRepr(Object o) {
        if (o instanceof String s) {
            return StrRepr.repr(s);
        }
        if (o instanceof Long || o instanceof BigInteger) {
            return o.toString();
        }
        if (o instanceof Boolean b) {
            return b ? "True" : "False";
        }
        if (o instanceof Double d) {
            return FloatRepr.repr(d);
        }
        if (o == PNone.NONE) {
            return "None";
        }
        if (o == PNotImplemented.INSTANCE) {
            return "NotImplemented";
        }
        if (o == PEllipsis.INSTANCE) {
            return "Ellipsis";
        }
        if (o instanceof PyType t) {
            return typeRepr(t);
        }
        if (o instanceof PyList || o instanceof PyTuple || o instanceof PyDict || o instanceof PyAbstractSet || o instanceof DictViews.View) {
            return containerRepr(o);
        }
        if (o instanceof PyBaseException e) {
            return exceptionRepr(e);
        }
        if (o instanceof PyFunction f) {
            return "<function " + f.qualname + " at " + address(f) + ">";
        }
        if (o instanceof PyMethod m) {
            if (m.function instanceof PyBuiltinFunction b) {
                return "<built-in method " + b.name + " of " + BuiltinTypes.typeName(m.self) + " object at " + address(m.self) + ">";
            }
            Object qn = Attr.lookupAttr(m.function, "__qualname__");
            return "<bound method " + (qn instanceof String s ? s : "?") + " of " + repr(m.self) + ">";
        }
        if (o instanceof PyBuiltinFunction b) {
            return builtinFunctionRepr(b);
        }
        if (o instanceof PyBytes b) {
            return StrRepr.bytesRepr(b.bytes);
        }
        if (o instanceof pygil.runtime.object.PyByteArray b) {
            String r = StrRepr.bytesRepr(b.toByteArray());
            if (r.startsWith("b\"")) {
                // bytearray_repr escapes single quotes even inside double quotes.
                r = "b\"" + r.substring(2, r.length() - 1).replace("'", "\\'") + "\"";
            }
            return "bytearray(" + r + ")";
        }
        if (o instanceof pygil.runtime.object.PyComplex c) {
            return pygil.runtime.num.ComplexMath.repr(c.real, c.imag);
        }
        if (o instanceof PyRange r) {
            return RangeOps.repr(r);
        }
        if (o instanceof PySlice s) {
            return "slice(" + repr(s.start) + ", " + repr(s.stop) + ", " + repr(s.step) + ")";
        }
        if (o instanceof PyModule m) {
            Object file = m.dict.getString("__file__");
            if (file instanceof String f) {
                return "<module '" + m.name + "' from '" + f + "'>";
            }
            return m.isBuiltin ? "<module '" + m.name + "' (built-in)>" : "<module '" + m.name + "'>";
        }
        if (o instanceof pygil.runtime.object.PySlotDescriptor sd) {
            return "<member '" + sd.name + "' of '" + sd.owner.getName() + "' objects>";
        }
        if (o instanceof PyStaticMethod s) {
            return "<staticmethod(" + repr(s.callable) + ")>";
        }
        if (o instanceof PyClassMethod c) {
            return "<classmethod(" + repr(c.callable) + ")>";
        }
        if (o instanceof PyCell c) {
            Object v = c.get();
            return v == null ? "<cell at " + address(c) + ": empty>" : "<cell at " + address(c) + ": " + BuiltinTypes.typeName(v) + " object at " + address(v) + ">";
        }
        if (o instanceof PyCode c) {
            return "<code object " + c.name + " at " + address(c) + ", file \"" + c.filename + "\", line " + c.firstLine + ">";
        }
        if (o instanceof PySuper s) {
            String t = "<class '" + s.type.getName() + "'>";
            return s.objType == null ? "<super: " + t + ", NULL>" : "<super: " + t + ", <" + s.objType.getName() + " object>>";
        }
        return null;
    }

    private static String builtinFunctionRepr(PyBuiltinFunction b) {
        boolean dunder = b.name.startsWith("__") && b.name.endsWith("__");
        if (b.owner == null) {
            return b.self == null || b.self instanceof PyModule ? "<built-in function " + b.name + ">" : "<built-in method " + b.name + " of " + BuiltinTypes.typeName(b.self) + " object at " + address(b.self) + ">";
        }
        if (b.self == null) {
            return (dunder ? "<slot wrapper '" : "<method '") + b.name + "' of '" + b.owner.getName() + "' objects>";
        }
        return (dunder ? "<method-wrapper '" + b.name + "' of " : "<built-in method " + b.name + " of ") + BuiltinTypes.typeName(b.self) + " object at " + address(b.self) + ">";
    }

    /** {@code BaseException.__repr__}: {@code ValueError('x')}, {@code E(1, 2)}, {@code E()}. */
    public static String exceptionRepr(PyBaseException e) {
        PyTuple args = e.getArgs();
        String name = e.getType().getName();
        if (args.size() == 1) {
            return name + "(" + repr(args.get(0)) + ")";
        }
        return name + repr(args);
    }

    private static String containerRepr(Object o) {
        ArrayList<Object> stack = IN_PROGRESS.get();
        for (Object x : stack) {
            if (x == o) {
                return recursionMarker(o);
            }
        }
        stack.add(o);
        try {
            return containerReprBody(o);
        } finally {
            stack.remove(stack.size() - 1);
        }
    }

    private static String recursionMarker(Object o) {
        if (o instanceof PyList) {
            return "[...]";
        }
        if (o instanceof PyDict) {
            return "{...}";
        }
        if (o instanceof PyTuple) {
            return "(...)";
        }
        return BuiltinTypes.typeName(o) + "(...)";
    }

    private static String containerReprBody(Object o) {
        StringBuilder sb = new StringBuilder();
        if (o instanceof PyList l) {
            sb.append('[');
            Object v;
            for (int i = 0; (v = l.itemOrNull(i)) != null; i++) {
                if (i > 0) {
                    sb.append(", ");
                }
                sb.append(repr(v));
            }
            return sb.append(']').toString();
        }
        if (o instanceof PyTuple t) {
            sb.append('(');
            for (int i = 0; i < t.items.length; i++) {
                if (i > 0) {
                    sb.append(", ");
                }
                sb.append(repr(t.items[i]));
            }
            if (t.items.length == 1) {
                sb.append(',');
            }
            return sb.append(')').toString();
        }
        if (o instanceof PyDict d) {
            sb.append('{');
            boolean first = true;
            for (int e = d.nextEntry(0); e >= 0; e = d.nextEntry(e + 1)) {
                if (!first) {
                    sb.append(", ");
                }
                first = false;
                sb.append(repr(d.keyAt(e))).append(": ").append(repr(d.valueAt(e)));
            }
            return sb.append('}').toString();
        }
        if (o instanceof PyAbstractSet s) {
            String name = BuiltinTypes.typeName(s);
            if (s.size() == 0) {
                return name + "()";
            }
            boolean plain = s.getType() == BuiltinTypes.SET;
            if (!plain) {
                sb.append(name).append('(');
            }
            sb.append('{');
            boolean first = true;
            for (int j = s.nextSlot(0); j >= 0; j = s.nextSlot(j + 1)) {
                if (!first) {
                    sb.append(", ");
                }
                first = false;
                sb.append(repr(s.keyAt(j)));
            }
            sb.append('}');
            if (!plain) {
                sb.append(')');
            }
            return sb.toString();
        }
        DictViews.View v = (DictViews.View) o;
        sb.append(BuiltinTypes.typeName(v)).append("([");
        Object it = v.iterator();
        boolean first = true;
        for (Object x = Iter.next(it); x != Iter.STOP; x = Iter.next(it)) {
            if (!first) {
                sb.append(", ");
            }
            first = false;
            sb.append(repr(x));
        }
        return sb.append("])").toString();
    }


    // ---- format ------------------------------------------------------------------------------

    /** {@code format(value, spec)} (Equivalent of {@code PyObject_Format}). */
    @TruffleBoundary
    public static String format(Object value, String spec) {
        if (value instanceof String s && spec.isEmpty()) {
            return s;
        }
        PyType t = BuiltinTypes.typeOf(value);
        if (t.isBuiltin() && (value instanceof String || value instanceof Long || value instanceof Double || value instanceof Boolean || value instanceof BigInteger)) {
            return pygil.runtime.text.FormatSpec.format(value, spec);
        }
        Object m = t.lookup("__format__");
        if (m == null || m == ObjectType.FORMAT) {
            return objectFormat(value, spec);
        }
        Object r = Call.callUnbound(m, value, t, new Object[] {spec});
        if (!(r instanceof String s)) {
            throw PyErrors.typeError("__format__ must return a str, not " + BuiltinTypes.typeName(r));
        }
        return s;
    }

    /** {@code object.__format__}: {@code str(self)} for an empty spec, else TypeError. */
    public static String objectFormat(Object value, String spec) {
        if (!spec.isEmpty()) {
            throw PyErrors.typeError("unsupported format string passed to " + BuiltinTypes.typeName(value) + ".__format__");
        }
        return str(value);
    }
}
