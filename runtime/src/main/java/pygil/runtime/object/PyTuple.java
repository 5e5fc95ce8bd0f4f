package pygil.runtime.object;

import pygil.runtime.builtins.BuiltinTypes;
import pygil.runtime.refcount.RefCount;

/**
 * Python {@code tuple} (Equivalent of CPython's {@code PyTupleObject}): an immutable array of
 * counted references.
 */
public class PyTuple extends PyObject {
    public static final PyTuple EMPTY = new PyTuple();

    /**
     * The items. Never modified after construction, except by a dict items iterator refilling
     * the tuple only it references ({@code DictIterator.nextReusing}); nobody else may write.
     */
    public final Object[] items;

    private PyTuple() {
        super(true);
        this.items = new Object[0];
    }

    /** Takes ownership of {@code items} (the caller must not modify the array afterwards). */
    public PyTuple(Object[] items) {
        this.items = items;
        RefCount.incRefAll(items, items.length);
    }

    /** A tuple of the given items; takes ownership of the array. */
    public static PyTuple of(Object... items) {
        return items.length == 0 ? EMPTY : new PyTuple(items);
    }

    /** A tuple of a copy of {@code src[from..to)}. */
    public static PyTuple copyOf(Object[] src, int from, int to) {
        if (to <= from) {
            return EMPTY;
        }
        Object[] a = new Object[to - from];
        System.arraycopy(src, from, a, 0, a.length);
        return new PyTuple(a);
    }

    public final int size() {
        return items.length;
    }

    public final Object get(int i) {
        return items[i];
    }

    @Override
    public PyType getType() {
        return BuiltinTypes.TUPLE;
    }

    @Override
    protected void releaseReferences() {
        // CPython's tupledealloc decrefs from the last item: release in that order.
        RefCount.decRefAll(items, items.length);
    }
}
