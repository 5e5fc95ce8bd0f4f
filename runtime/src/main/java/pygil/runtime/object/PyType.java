package pygil.runtime.object;

import java.lang.ref.WeakReference;
import java.util.ArrayList;
import java.util.HashMap;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

import pygil.runtime.builtins.BuiltinTypes;
import pygil.runtime.error.PyBaseException;
import pygil.runtime.error.PyErrors;
import pygil.runtime.refcount.RefCount;

/**
 * A Python class (Equivalent of CPython's {@code PyTypeObject}). Builtin types are immortal and
 * immutable; user classes are made by {@link #create} ({@code type(name, bases, ns)}).
 *
 * <p>{@link #lookup} walks the MRO and caches the result per type (misses too). A change to any
 * type's dict invalidates the caches of that type and of all its subclasses (tracked weakly),
 * and bumps their {@link #getVersion() version}, which the interpreter's inline caches can key
 * on.
 */
public class PyType extends PyObject implements HasAttributes {
    /**
     * The Java representation of instances (CPython's "solid base"): what {@code object.__new__}
     * allocates for a class, and which bases can be combined.
     */
    public enum Layout {
        /** {@link PyInstance}. */
        OBJECT,
        /** {@link PyBaseException}. */
        EXCEPTION,
        /** {@link PyListSub}. */
        LIST,
        /** {@link PyDictSub}. */
        DICT,
        /** {@link PyValueSub} holding an int, made by {@code int.__new__}. */
        INT,
        /** {@link PyValueSub} holding a float, made by {@code float.__new__}. */
        FLOAT,
        /** {@link PyValueSub} holding a str, made by {@code str.__new__}. */
        STR,
        /** {@link PyTupleSub}, made by {@code tuple.__new__}. */
        TUPLE,
        /** {@link PyBytesSub}, made by {@code bytes.__new__}. */
        BYTES,
        /** {@link PySetSub}, made by {@code set.__new__}. */
        SET,
        /** {@link PyFrozenSetSub}, made by {@code frozenset.__new__}. */
        FROZENSET,
        /** {@link PyComplexSub}, made by {@code complex.__new__}. */
        COMPLEX,
        /** A {@link PyType}, made by {@code type.__new__} (metaclasses). */
        TYPE,
        /** A builtin type whose instances only its own {@code __new__} creates. */
        BUILTIN
    }

    private static final Object MISSING = new Object();

    private String name;
    private String qualname;
    private PyTuple bases;
    private PyType base;
    private PyType[] mro;
    private PyTuple mroTuple;
    private final PyDict dict;
    /** The lazily installed methods of a builtin type (see {@link LazyMethods}); null once installed or for other types. */
    private volatile LazyMethods pendingMethods;
    private LazyMethods lazyGroup;
    private final Layout layout;
    private final boolean builtin;
    private final boolean acceptableBase;
    /** False for user classes whose {@code __slots__} (and bases') exclude a {@code __dict__}. */
    private boolean hasInstanceDict = true;
    /**
     * The MRO lookup cache. Concurrent maps because without the GIL several threads look up
     * (and fill) the same type's cache at once; a plain HashMap can be corrupted by that.
     */
    private final java.util.concurrent.ConcurrentHashMap<String, Object> cache = new java.util.concurrent.ConcurrentHashMap<>();
    private final java.util.concurrent.CopyOnWriteArrayList<WeakReference<PyType>> subclasses = new java.util.concurrent.CopyOnWriteArrayList<>();
    private int version;
    /** {@link #hasFinalizer()}'s answer: {@code (version << 32) | (1 if yes, 2 if no)}; 0 when not known. */
    private volatile long finalizerCache;
    /** The metaclass ({@code type(cls)}); null means {@code type}. */
    private PyType metaclass;

    /**
     * A builtin type (immortal, immutable).
     *
     * @param base null only for {@code object}
     * @param layout how instances of subclasses are allocated ({@link Layout#BUILTIN} if the type
     *            cannot be subclassed or subclasses are not supported yet)
     * @param acceptableBase whether Python code may subclass it
     */
    public PyType(String name, PyType base, Layout layout, boolean acceptableBase) {
        super(true);
        this.name = name;
        this.qualname = name;
        this.base = base;
        this.bases = base == null ? PyTuple.EMPTY : new PyTuple(new Object[] {base}).makeImmortal();
        this.layout = layout;
        this.builtin = true;
        this.acceptableBase = acceptableBase;
        this.dict = new PyDict(true);
        this.dict.owner = this;
        if (base == null) {
            this.mro = new PyType[] {this};
        } else {
            this.mro = Mro.compute(this, new PyType[] {base});
            base.addSubclass(this);
        }
    }

    /** A user class; {@link #create} has checked the bases. */
    private PyType(String name, PyTuple bases, PyType base, PyType[] basesArray, PyDict dict, Layout layout) {
        this.name = name;
        this.qualname = name;
        this.bases = bases;
        bases.incRef();
        this.base = base;
        this.layout = layout;
        this.builtin = false;
        this.acceptableBase = true;
        this.dict = dict;
        dict.incRef();
        dict.owner = this;
        this.mro = Mro.compute(this, basesArray);
        for (PyType b : basesArray) {
            b.addSubclass(this);
        }
    }

    @Override
    public PyType getType() {
        return metaclass == null ? BuiltinTypes.TYPE : metaclass;
    }

    // ---- creation ------------------------------------------------------------------------

    /**
     * {@code type(name, bases, namespace)} (Equivalent of CPython's {@code type_new}): checks
     * the bases, computes the solid base and the C3 MRO, copies the namespace (wrapping
     * {@code __new__} in staticmethod and {@code __init_subclass__}/{@code __class_getitem__} in
     * classmethod, setting {@code __qualname__}/{@code __module__}/{@code __doc__} and
     * {@code __hash__ = None} when {@code __eq__} is defined without {@code __hash__}), then
     * calls {@code __set_name__} on descriptors and the parent's {@code __init_subclass__}.
     */
    public static PyType create(String name, PyTuple bases, PyDict namespace) {
        return create(name, bases, namespace, null);
    }

    /** {@link #create(String, PyTuple, PyDict)} passing keywords to {@code __init_subclass__}. */
    public static PyType create(String name, PyTuple bases, PyDict namespace, PyDict initSubclassKwargs) {
        return create(BuiltinTypes.TYPE, name, bases, namespace, initSubclassKwargs);
    }

    /** {@link #create(String, PyTuple, PyDict, PyDict)} for the metaclass {@code meta}. */
    public static PyType create(PyType meta, String name, PyTuple bases, PyDict namespace, PyDict initSubclassKwargs) {
        if (bases.size() == 0) {
            bases = PyTuple.of(BuiltinTypes.OBJECT);
        }
        PyType[] b = new PyType[bases.size()];
        for (int i = 0; i < b.length; i++) {
            if (!(bases.get(i) instanceof PyType t)) {
                throw PyErrors.typeError("bases must be types");
            }
            if (!t.acceptableBase) {
                throw PyErrors.typeError("type '" + t.getName() + "' is not an acceptable base type");
            }
            for (int j = 0; j < i; j++) {
                if (b[j] == t) {
                    throw PyErrors.typeError("duplicate base class " + t.getName());
                }
            }
            b[i] = t;
        }
        PyType best = bestBase(b);
        Layout layout = best.solidLayout();
        if (layout == Layout.BUILTIN) {
            throw PyErrors.notImplementedError("pygil: subclassing '" + best.solidBase().getName() + "' is not supported yet");
        }
        PyDict dict = namespace.copy();
        Object qn = dict.getString("__qualname__");
        String qualname = name;
        if (qn != null) {
            if (!(qn instanceof String s)) {
                throw PyErrors.typeError("type __qualname__ must be a str, not " + BuiltinTypes.typeOf(qn).getName());
            }
            qualname = s;
            dict.delItem("__qualname__");
        }
        if (dict.getString("__doc__") == null) {
            dict.putString("__doc__", PNone.NONE);
        }
        if (dict.getString("__new__") instanceof PyFunction f) {
            dict.putString("__new__", new PyStaticMethod(f));
        }
        for (String cm : new String[] {"__init_subclass__", "__class_getitem__"}) {
            if (dict.getString(cm) instanceof PyFunction f) {
                dict.putString(cm, new PyClassMethod(f));
            }
        }
        if (dict.getString("__eq__") != null && dict.getString("__hash__") == null) {
            dict.putString("__hash__", PNone.NONE);
        }
        String[] slots = slotNames(dict);
        PyType t = new PyType(name, bases, best, b, dict, layout);
        t.qualname = qualname;
        if (meta != BuiltinTypes.TYPE) {
            meta.incRef();
            t.metaclass = meta;
        }
        if (slots != null) {
            boolean withDict = false;
            for (String s : slots) {
                if (s.equals("__dict__")) {
                    withDict = true;
                } else if (!s.equals("__weakref__")) {
                    dict.putString(s, new PySlotDescriptor(s, t));
                }
            }
            boolean baseHasDict = false;
            for (PyType base : b) {
                baseHasDict |= base != BuiltinTypes.OBJECT && base.instancesHaveDict();
            }
            t.hasInstanceDict = withDict || baseHasDict;
        }
        // the type's constructor took the only reference the copy needs: its zero-count-table
        // entry from construction is dropped at the next flush because the count is then 1
        callSetName(t);
        callInitSubclass(t, initSubclassKwargs);
        return t;
    }

    /** The names in {@code __slots__} (a str or an iterable of str), or null if absent. */
    private static String[] slotNames(PyDict dict) {
        Object slots = dict.getString("__slots__");
        if (slots == null) {
            return null;
        }
        Object[] items = slots instanceof String s ? new Object[] {s} : pygil.runtime.ops.Iter.toArray(slots);
        String[] names = new String[items.length];
        for (int i = 0; i < items.length; i++) {
            if (!(items[i] instanceof String s)) {
                throw PyErrors.typeError("__slots__ items must be strings, not '" + BuiltinTypes.typeName(items[i]) + "'");
            }
            if (!s.equals("__dict__") && !s.equals("__weakref__") && dict.getString(s) != null) {
                throw PyErrors.valueError("'" + s + "' in __slots__ conflicts with class variable");
            }
            names[i] = s;
        }
        return names;
    }

    /** Equivalent of CPython's {@code best_base}: the base whose solid base is most derived. */
    private static PyType bestBase(PyType[] bases) {
        PyType winner = null;
        PyType winnerSolid = null;
        for (PyType b : bases) {
            PyType solid = b.solidBase();
            if (winner == null) {
                winner = b;
                winnerSolid = solid;
            } else if (winnerSolid.isSubtypeOf(solid)) {
                // keep the winner
            } else if (solid.isSubtypeOf(winnerSolid)) {
                winner = b;
                winnerSolid = solid;
            } else {
                throw PyErrors.typeError("multiple bases have instance lay-out conflict");
            }
        }
        return winner;
    }

    /** The nearest builtin ancestor that determines the instance layout. */
    private PyType solidBase() {
        PyType t = this;
        while (!t.builtin) {
            t = t.base;
        }
        // All exception classes share one layout, so the solid base of any of them is BaseException.
        while (t.layout == Layout.EXCEPTION && t.base != null && t.base.layout == Layout.EXCEPTION) {
            t = t.base;
        }
        return t;
    }

    private Layout solidLayout() {
        return solidBase().layout;
    }

    private static void callSetName(PyType t) {
        for (int e = t.dict().nextEntry(0); e >= 0; e = t.dict().nextEntry(e + 1)) {
            Object v = t.dict().valueAt(e);
            if (v instanceof PyObject && !(v instanceof PyFunction)) {
                Object setName = BuiltinTypes.typeOf(v).lookup("__set_name__");
                if (setName != null) {
                    pygil.runtime.call.Call.call(setName, new Object[] {v, t, t.dict().keyAt(e)}, pygil.runtime.call.ArgBinder.NO_KEYWORDS);
                }
            }
        }
    }

    private static void callInitSubclass(PyType t, PyDict kwargs) {
        Object init = null;
        for (int i = 1; i < t.mro.length && init == null; i++) {
            init = t.mro[i].dict().getString("__init_subclass__");
        }
        if (init == null || init == BuiltinTypes.OBJECT.dict().getString("__init_subclass__")) {
            if (kwargs != null && kwargs.size() > 0) {
                throw PyErrors.typeError(t.getName() + ".__init_subclass__() takes no keyword arguments");
            }
            return;
        }
        Object bound = pygil.runtime.ops.Attr.bindDescriptor(init, null, t);
        pygil.runtime.call.Call.callWithKwargsDict(bound, new Object[0], kwargs);
    }

    // ---- lookup --------------------------------------------------------------------------

    /** Equivalent of {@code _PyType_Lookup}: the attribute from the MRO's dicts, or null. */
    public final Object lookup(String attr) {
        Object v = cache.get(attr);
        if (v == null) {
            int before = version;
            v = lookupUncached(attr);
            if (version == before) {
                // Not when a dict changed meanwhile (another thread): the result may be stale.
                cache.put(attr, v == null ? MISSING : v);
            }
            return v;
        }
        return v == MISSING ? null : v;
    }

    private Object lookupUncached(String attr) {
        for (PyType t : mro) {
            Object v = t.dict().getString(attr);
            if (v != null) {
                return v;
            }
        }
        return null;
    }

    /** The type in the MRO whose dict defines {@code attr}, or null. */
    public final PyType lookupOwner(String attr) {
        for (PyType t : mro) {
            if (t.dict().getString(attr) != null) {
                return t;
            }
        }
        return null;
    }

    /**
     * Called by the dict when it changes: invalidates this type's caches and its subclasses'.
     * A boundary: compiled code that stores into any dict reaches this call (behind a null
     * check of the dict's owner), and partial evaluation must not inline the cache clearing.
     */
    @TruffleBoundary
    final void dictChanged() {
        if (builtin) {
            LazyMethods.checkWrite(this, lazyGroup);
        }
        invalidate();
    }

    final void deferMethods(LazyMethods group) {
        lazyGroup = group;
        pendingMethods = group;
    }

    /** This type's dict, its builtin methods installed. */
    private PyDict dict() {
        LazyMethods pending = pendingMethods;
        if (pending != null) {
            pending.ensure();
            if (pending.isDone()) {
                pendingMethods = null;
            }
        }
        return dict;
    }

    private void invalidate() {
        version++;
        cache.clear();
        for (WeakReference<PyType> r : subclasses) {
            PyType sub = r.get();
            if (sub == null) {
                subclasses.remove(r);
            } else {
                sub.invalidate();
            }
        }
    }

    private void addSubclass(PyType sub) {
        subclasses.add(new WeakReference<>(sub));
    }

    /** {@code type.__subclasses__()}: the live direct subclasses. */
    public final PyList getSubclasses() {
        PyList l = new PyList();
        for (WeakReference<PyType> r : subclasses) {
            PyType t = r.get();
            if (t != null) {
                l.append(t);
            }
        }
        return l;
    }

    /** Increases whenever a dict in this type's MRO changes. */
    public final int getVersion() {
        return version;
    }

    // ---- accessors -----------------------------------------------------------------------

    public final String getName() {
        return name;
    }

    public final void setName(String n) {
        name = n;
    }

    public final String getQualname() {
        return qualname;
    }

    public final void setQualname(String q) {
        qualname = q;
    }

    /** {@code __module__}: "builtins" for builtin types, else the dict's {@code __module__}. */
    public final String getModule() {
        if (builtin) {
            Object m = dict().getString("__module__");
            return m instanceof String s ? s : "builtins";
        }
        Object m = dict().getString("__module__");
        return m instanceof String s ? s : "builtins";
    }

    public final PyTuple getBases() {
        return bases;
    }

    /** {@code __base__}: the solid-base winner among the bases (null for object). */
    public final PyType getBase() {
        return base;
    }

    /** The MRO, this type first. Do not modify the array. */
    public final PyType[] getMro() {
        return mro;
    }

    /** {@code __mro__}. */
    public final PyTuple getMroTuple() {
        if (mroTuple == null) {
            PyTuple t = new PyTuple(mro.clone());
            t.incRef();
            mroTuple = t;
        }
        return mroTuple;
    }

    public final PyDict getDict() {
        return dict();
    }

    public final Layout getLayout() {
        return layout;
    }

    /** True for builtin (immutable) types. */
    public final boolean isBuiltin() {
        return builtin;
    }

    /** Whether instances have a {@code __dict__} (user classes, exceptions; not {@code object()}). */
    public final boolean instancesHaveDict() {
        return builtin ? layout == Layout.EXCEPTION : hasInstanceDict;
    }

    /** Equivalent of {@code PyType_IsSubtype}. */
    public final boolean isSubtypeOf(PyType t) {
        if (this == t) {
            return true;
        }
        for (PyType m : mro) {
            if (m == t) {
                return true;
            }
        }
        return false;
    }

    /**
     * True if the type defines {@code __del__} somewhere in its MRO. Asked for every object the
     * zero-count table releases, so the answer is kept with the version it was computed at (one
     * long, so that a reader never pairs an answer with the wrong version), instead of a lookup
     * in the MRO cache each time.
     */
    public final boolean hasFinalizer() {
        long cached = finalizerCache;
        int v = version;
        if ((int) (cached >>> 32) == v && (int) cached != 0) {
            return (int) cached == 1;
        }
        boolean has = lookup("__del__") != null;
        if (version == v) {
            finalizerCache = ((long) v << 32) | (has ? 1 : 2);
        }
        return has;
    }

    /**
     * The default {@code object.__new__(cls)}: an empty instance with the layout of the
     * class's solid base.
     */
    public final Object newInstance() {
        Layout l = builtin ? (layout == Layout.EXCEPTION || this == BuiltinTypes.OBJECT ? layout : Layout.BUILTIN) : solidLayout();
        switch (l) {
            case OBJECT:
                return new PyInstance(this);
            case EXCEPTION:
                return new PyBaseException(this, PyTuple.EMPTY);
            case LIST:
                return new PyListSub(this);
            case DICT:
                return new PyDictSub(this);
            default:
                throw PyErrors.typeError("object.__new__(" + name + ") is not safe, use " + name + ".__new__()");
        }
    }

    // ---- attributes (the type's own dict) -------------------------------------------------

    @Override
    public final Object getAttribute(String attr) {
        return dict().getString(attr);
    }

    @Override
    public final void setAttribute(String attr, Object value) {
        if (builtin) {
            throw PyErrors.typeError("cannot set '" + attr + "' attribute of immutable type '" + name + "'");
        }
        dict.putString(attr, value);
    }

    @Override
    public final boolean deleteAttribute(String attr) {
        if (builtin) {
            throw PyErrors.typeError("cannot set '" + attr + "' attribute of immutable type '" + name + "'");
        }
        return dict.delItem(attr);
    }

    @Override
    protected void releaseReferences() {
        RefCount.decRef(metaclass);
        RefCount.decRef(mroTuple);
        dict.decRef();
        bases.decRef();
    }

    @Override
    public String toString() {
        return "<class '" + name + "'>";
    }
}
