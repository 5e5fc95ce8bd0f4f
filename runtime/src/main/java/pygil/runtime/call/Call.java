package pygil.runtime.call;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

import pygil.runtime.builtins.BuiltinTypes;
import pygil.runtime.builtins.TypeCall;
import pygil.runtime.error.PyErrors;
import pygil.runtime.object.PyBuiltinFunction;
import pygil.runtime.object.PyClassMethod;
import pygil.runtime.object.PyDict;
import pygil.runtime.object.PyFunction;
import pygil.runtime.object.PyMethod;
import pygil.runtime.object.PyStaticMethod;
import pygil.runtime.object.PyType;
import pygil.runtime.ops.Attr;

/**
 * The generic call (Equivalent of {@code PyObject_Call}/{@code PyObject_Vectorcall}).
 * Arguments: positional ones first, then the values of the keyword arguments, whose names are
 * {@code kwNames} ({@link ArgBinder#NO_KEYWORDS} when there are none).
 */
public final class Call {
    private Call() {}

    private static final Object[] NO_ARGS = new Object[0];

    /** Equivalent of {@code PyObject_Vectorcall}. */
    public static Object call(Object callable, Object[] args, String[] kwNames) {
        if (callable instanceof PyFunction f) {
            return f.code.target().call(ArgBinder.bind(f, args, kwNames));
        }
        if (callable instanceof PyBuiltinFunction b) {
            return b.call(args, kwNames);
        }
        return callSlow(callable, args, kwNames);
    }

    @TruffleBoundary
    private static Object callSlow(Object callable, Object[] args, String[] kwNames) {
        if (callable instanceof PyMethod m) {
            return call(m.function, prepend(m.self, args), kwNames);
        }
        if (callable instanceof PyType t) {
            return TypeCall.call(t, args, kwNames);
        }
        if (callable instanceof PyStaticMethod s) {
            return call(s.callable, args, kwNames);
        }
        Object dunder = BuiltinTypes.typeOf(callable).lookup("__call__");
        if (dunder == null || callable instanceof PyClassMethod) {
            throw PyErrors.typeError("'" + BuiltinTypes.typeName(callable) + "' object is not callable");
        }
        return call(Attr.bindDescriptor(dunder, callable, BuiltinTypes.typeOf(callable)), args, kwNames);
    }

    /** {@code [first] + args}. */
    public static Object[] prepend(Object first, Object[] args) {
        Object[] a = new Object[args.length + 1];
        a[0] = first;
        System.arraycopy(args, 0, a, 1, args.length);
        return a;
    }

    public static Object call0(Object callable) {
        return call(callable, NO_ARGS, ArgBinder.NO_KEYWORDS);
    }

    public static Object call1(Object callable, Object a) {
        return call(callable, new Object[] {a}, ArgBinder.NO_KEYWORDS);
    }

    public static Object call2(Object callable, Object a, Object b) {
        return call(callable, new Object[] {a, b}, ArgBinder.NO_KEYWORDS);
    }

    public static Object call3(Object callable, Object a, Object b, Object c) {
        return call(callable, new Object[] {a, b, c}, ArgBinder.NO_KEYWORDS);
    }

    /** {@code callable(*args, **kwargs)} with the keywords in a dict (null for none). */
    @TruffleBoundary
    public static Object callWithKwargsDict(Object callable, Object[] args, PyDict kwargs) {
        if (kwargs == null || kwargs.size() == 0) {
            return call(callable, args, ArgBinder.NO_KEYWORDS);
        }
        int n = kwargs.size();
        Object[] all = new Object[args.length + n];
        System.arraycopy(args, 0, all, 0, args.length);
        String[] names = new String[n];
        int k = 0;
        for (int e = kwargs.nextEntry(0); e >= 0; e = kwargs.nextEntry(e + 1)) {
            if (!(kwargs.keyAt(e) instanceof String s)) {
                throw PyErrors.typeError("keywords must be strings");
            }
            names[k] = s;
            all[args.length + k] = kwargs.valueAt(e);
            k++;
        }
        return call(callable, all, names);
    }

    /**
     * Calls the method {@code name} of {@code obj} looked up on its type (Equivalent of
     * {@code _PyObject_CallMethod} over a special-method lookup, as used for dunders). Raises
     * AttributeError if absent.
     */
    @TruffleBoundary
    public static Object callMethod(Object obj, String name, Object... args) {
        PyType t = BuiltinTypes.typeOf(obj);
        Object m = t.lookup(name);
        if (m == null) {
            throw Attr.noAttribute(obj, name);
        }
        return callUnbound(m, obj, t, args);
    }

    /**
     * Calls an attribute found on {@code type(obj)} as a method of {@code obj} without
     * allocating a bound method for plain functions and builtin methods.
     */
    public static Object callUnbound(Object descr, Object obj, PyType type, Object[] args) {
        return callUnbound(descr, obj, type, args, ArgBinder.NO_KEYWORDS);
    }

    /** {@link #callUnbound(Object, Object, PyType, Object[])} with keyword arguments. */
    public static Object callUnbound(Object descr, Object obj, PyType type, Object[] args, String[] kwNames) {
        if (descr instanceof PyFunction || (descr instanceof PyBuiltinFunction b && b.isMethodDescriptor())) {
            return call(descr, prepend(obj, args), kwNames);
        }
        return call(Attr.bindDescriptor(descr, obj, type), args, kwNames);
    }

    /**
     * Equivalent of {@code _PyObject_FunctionStr}, for call-site messages: {@code __main__.f()},
     * {@code len()}, or {@code 'C' object}.
     */
    @TruffleBoundary
    public static String functionStr(Object func) {
        Object qn = Attr.lookupAttr(func, "__qualname__");
        if (!(qn instanceof String q)) {
            return BuiltinTypes.typeName(func) + " object";
        }
        Object mod = Attr.lookupAttr(func, "__module__");
        if (mod instanceof String m && !m.equals("builtins")) {
            return m + "." + q + "()";
        }
        return q + "()";
    }

    /**
     * Merges a {@code **mapping} argument into the keywords of a call being built
     * (Equivalent of {@code DICT_MERGE}): "argument after ** must be a mapping", "keywords must
     * be strings", "got multiple values for keyword argument 'x'".
     */
    @TruffleBoundary
    public static void mergeKeywords(Object func, PyDict into, Object mapping) {
        if (mapping instanceof PyDict d) {
            for (int e = d.nextEntry(0); e >= 0; e = d.nextEntry(e + 1)) {
                putKeyword(func, into, d.keyAt(e), d.valueAt(e));
            }
            return;
        }
        Object keys = Attr.lookupAttr(mapping, "keys");
        if (keys == null) {
            throw PyErrors.typeError(functionStr(func) + " argument after ** must be a mapping, not " + BuiltinTypes.typeName(mapping));
        }
        Object it = pygil.runtime.ops.Iter.getIter(call0(keys));
        for (Object k = pygil.runtime.ops.Iter.next(it); k != pygil.runtime.ops.Iter.STOP; k = pygil.runtime.ops.Iter.next(it)) {
            putKeyword(func, into, k, pygil.runtime.ops.Items.getItem(mapping, k));
        }
    }

    /** Adds one keyword argument to a call being built, rejecting duplicates. */
    public static void putKeyword(Object func, PyDict into, Object key, Object value) {
        if (!(key instanceof String s)) {
            throw PyErrors.typeError("keywords must be strings");
        }
        if (into.getString(s) != null) {
            throw PyErrors.typeError(functionStr(func) + " got multiple values for keyword argument '" + s + "'");
        }
        into.putString(s, value);
    }

    /** A {@code *iterable} argument as an array: "argument after * must be an iterable, not int". */
    @TruffleBoundary
    public static Object[] starArgs(Object func, Object iterable) {
        if (!pygil.runtime.ops.Iter.isIterable(iterable)) {
            throw PyErrors.typeError(functionStr(func) + " argument after * must be an iterable, not " + BuiltinTypes.typeName(iterable));
        }
        return pygil.runtime.ops.Iter.toArray(iterable);
    }

    /** Equivalent of {@code PyCallable_Check}. */
    public static boolean isCallable(Object o) {
        if (o instanceof PyFunction || o instanceof PyBuiltinFunction || o instanceof PyMethod || o instanceof PyType || o instanceof PyStaticMethod) {
            return true;
        }
        return BuiltinTypes.typeOf(o).lookup("__call__") != null;
    }
}
