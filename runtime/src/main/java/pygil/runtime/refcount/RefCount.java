package pygil.runtime.refcount;

import pygil.runtime.object.PyObject;

/**
 * Reference counting helpers (Equivalent of {@code Py_INCREF}/{@code Py_DECREF}).
 *
 * <h2>Design notes</h2>
 *
 * <p><b>What is counted.</b> Immortal values ({@code Long}, {@code BigInteger}, {@code Double},
 * {@code Boolean}, {@code String}, None, NotImplemented, Ellipsis, builtin types and their
 * methods, code objects) are never counted: the helpers here ignore non-{@code PyObject}s and
 * immortal objects carry a huge count that never reaches zero. Counted are strong references
 * from containers (list/tuple/set items, dict keys and values), instance attributes, class
 * dicts, cells, function defaults/closure/globals, bound methods (self and function), iterators
 * (their underlying object), super objects and exceptions (args, cause, context). Every such
 * field update does {@code incRef(new)} and then {@code decRef(old)} (in that order, so that
 * storing the value a field already holds never drops it to zero). Frame locals and the value
 * stack are counted by the interpreter; globals live in a {@code PyDict}, which counts them.
 *
 * <p><b>Deferred release: the zero-count table (ZCT).</b> CPython deallocates an object the
 * moment its count reaches zero. We cannot count every reference the Java code holds (the
 * interpreter's operand stack, Java locals of builtins), so an object whose count is zero may
 * still be in use. Instead, an object whose count is zero is pushed on its thread's
 * {@link ZeroCountTable}: at construction (count starts at 0, so a temporary that is never
 * stored is still released) and whenever {@code decRef} brings the count to 0. The interpreter
 * calls {@link ZeroCountTable#flush(int)} at the end of every statement with the mark taken at
 * frame entry, and at frame exit (keeping the return value alive with
 * {@link ZeroCountTable#flushKeeping}). At a statement boundary no Java code holds an
 * uncounted temporary of that frame, so an entry still at zero is garbage. This yields CPython's
 * timing for {@code x = C(); x = None}, {@code del x}, scope exit and removal from containers,
 * at statement granularity.
 *
 * <p><b>Release.</b> Flushing pops entries above the mark. An entry whose count is still zero
 * and that is not yet released is finalized (its type's {@code __del__} runs, at most once per
 * object as in PEP 442) and, if {@code __del__} did not resurrect it (count still zero),
 * released: {@link PyObject#releaseReferences()} decRefs its children, which may push more
 * entries; flushing continues until the table is back at the mark. Because the table is a
 * stack, children pushed in the reverse of CPython's dealloc order are released in CPython's
 * depth-first order. An object has at most one entry: while it is in the table, dropping to
 * zero again does not push it (its entry stays in the part of the frame that registered it,
 * where it may still be an uncounted temporary of that frame); an entry whose count is above
 * zero is simply dropped.
 * A released object keeps its Java fields (Java code might still hold it, uncounted); its
 * children have been decRef'd, so storing it again is a bug of the caller, not a crash.
 *
 * <p><b>Skipping the table.</b> Objects that can hold no counted child and have no finalizer
 * (bytes, range) still register on the table today; registration is a single array store, and
 * skipping it would only matter for {@code sys.getrefcount}-style observation, which we keep
 * exact. Immortal objects never register.
 *
 * <p><b>Cycles</b> are not collected by counting; a cycle collector ({@code gc.collect()}) can
 * later walk containers. Without it, cyclic garbage simply never runs {@code __del__} (as in
 * CPython with {@code gc.disable()}).
 *
 * <p><b>Threads.</b> With the GIL on, plain {@code int} arithmetic on {@link PyObject#refcnt}
 * is correct because only the GIL holder runs guest code. Once a context runs with
 * {@code --gil=off} ({@link pygil.runtime.gil.FreeThreading}), {@link PyObject#incRef()} and
 * {@link PyObject#decRef()} switch to atomic {@code getAndAdd} through a {@code VarHandle};
 * immortal objects are not written at all, so the builtin types and singletons every thread
 * touches do not bounce between cores. No code outside {@code PyObject} writes {@code refcnt}.
 * Each thread owns its table ({@link PyThreadState#current()}); an object decRef'd to zero on
 * another thread is released by that thread. Why a table never releases an object that another
 * thread still uses (protected reads, the 0-to-1 release claim) is in {@link ZeroCountTable}.
 *
 * <p><b>Atomic rather than biased counts</b> (PEP 703 biases each count to its owner thread:
 * plain increments for the owner, atomic ones for others, merged when the owner's count hits
 * zero). Rejected for now: it needs an owner field and a thread-id compare on every count
 * operation, a queue to merge counts of objects that die on a non-owner thread, and it would
 * double the code that must be proved safe. The atomic add is uncontended on objects that only
 * one thread touches (the common case: a thread's own temporaries), costing a locked add
 * instead of a plain one; shared hot objects are mostly immortal (types, builtins, None, ints
 * and strs are not even heap objects) and are never written. Measured: see the README's
 * {@code --gil=off} figures.
 *
 * <p><b>Rejected.</b> (1) Releasing on the spot at zero: unsafe, because uncounted Java
 * references (operand stack, builtin locals) would see released objects. (2) Java finalizers or
 * Cleaners for {@code __del__}: the timing is the GC's, not CPython's. (3) Counting the operand
 * stack in every node: doubles the cost of every expression for no observable gain.
 */
public final class RefCount {
    private RefCount() {}

    /** Equivalent of {@code Py_XINCREF}: ignores null and non-heap values. */
    public static void incRef(Object o) {
        if (o instanceof PyObject p) {
            p.incRef();
        }
    }

    /**
     * A protected read for free-threaded mode: takes a counted reference to {@code o} that the
     * current thread's next flush drops (see {@link ZeroCountTable}'s design notes). Call it
     * while holding the lock of the container {@code o} was read from, so that no removal can
     * come between the read and the increment. Returns {@code o}.
     */
    public static Object protect(Object o) {
        if (o instanceof PyObject p && !p.isImmortal()) {
            p.incRef();
            ZeroCountTable.current().pushDeferredDecRef(p);
        }
        return o;
    }

    /** Equivalent of {@code Py_XDECREF}: ignores null and non-heap values. */
    public static void decRef(Object o) {
        if (o instanceof PyObject p) {
            p.decRef();
        }
    }

    /** Stores into a counted slot: increments the new value, then decrements the old one. */
    public static Object replace(Object oldValue, Object newValue) {
        incRef(newValue);
        decRef(oldValue);
        return newValue;
    }

    /** incRefs every element of {@code items[0..n)}. */
    public static void incRefAll(Object[] items, int n) {
        for (int i = 0; i < n; i++) {
            if (items[i] instanceof PyObject p) {
                p.incRef();
            }
        }
    }

    /** decRefs {@code items[0..n)}, first to last (so the last is released first). */
    public static void decRefAll(Object[] items, int n) {
        for (int i = 0; i < n; i++) {
            if (items[i] instanceof PyObject p) {
                p.decRef();
            }
        }
    }

    /** The count CPython's {@code sys.getrefcount} would see, minus its own argument. */
    public static long count(Object o) {
        if (o instanceof PyObject p && !p.isImmortal()) {
            if (pygil.runtime.gil.FreeThreading.enabled()) {
                return p.refcnt - ZeroCountTable.current().deferredCount(p);
            }
            return p.refcnt;
        }
        return 4294967295L; // CPython 3.12+'s immortal count as getrefcount reports it
    }
}
