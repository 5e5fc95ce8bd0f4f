package pygil.runtime.object;

import java.util.Arrays;

import pygil.runtime.builtins.BuiltinTypes;
import pygil.runtime.refcount.RefCount;

/**
 * Python {@code list} (Equivalent of CPython's {@code PyListObject}): a growable array of
 * counted references. The fields are public for the interpreter's fast paths; every write goes
 * through the methods here so that counts stay right.
 */
public class PyList extends PyObject {
    private static final Object[] NO_ITEMS = new Object[0];

    public Object[] items;
    public int size;

    public PyList() {
        this.items = NO_ITEMS;
    }

    /** An empty list with room for {@code capacity} items. */
    public PyList(int capacity) {
        this.items = capacity == 0 ? NO_ITEMS : new Object[capacity];
    }

    /** Takes ownership of {@code items[0..size)} and counts them. */
    public PyList(Object[] items, int size) {
        this.items = items;
        this.size = size;
        RefCount.incRefAll(items, size);
    }

    /** A list of the given items (the array is taken over). */
    public static PyList of(Object... items) {
        return new PyList(items, items.length);
    }

    @Override
    public PyType getType() {
        return BuiltinTypes.LIST;
    }

    public final int size() {
        return size;
    }

    /** The item at {@code i}, which the caller has checked to be in {@code [0, size)}. */
    public final Object get(int i) {
        return items[i];
    }

    /** Replaces the item at {@code i} (in range). */
    public final void set(int i, Object value) {
        Object old = items[i];
        RefCount.incRef(value);
        items[i] = value;
        RefCount.decRef(old);
    }

    public final void append(Object value) {
        if (size == items.length) {
            grow(size + 1);
        }
        RefCount.incRef(value);
        items[size++] = value;
    }

    /** {@code list.insert(i, value)} with Python's clamping of {@code i}. */
    public final void insert(int index, Object value) {
        int i = index < 0 ? Math.max(0, index + size) : Math.min(index, size);
        if (size == items.length) {
            grow(size + 1);
        }
        System.arraycopy(items, i, items, i + 1, size - i);
        RefCount.incRef(value);
        items[i] = value;
        size++;
    }

    /**
     * Removes and returns the item at {@code i} (in range). The returned reference is no longer
     * counted by the list: it is decRef'd, so it is released at the next flush unless stored.
     */
    public final Object pop(int i) {
        Object v = items[i];
        System.arraycopy(items, i + 1, items, i, size - i - 1);
        items[--size] = null;
        RefCount.decRef(v);
        return v;
    }

    /** Appends {@code src[0..n)}. */
    public final void extend(Object[] src, int n) {
        if (size + n > items.length) {
            grow(size + n);
        }
        System.arraycopy(src, 0, items, size, n);
        RefCount.incRefAll(src, n);
        size += n;
    }

    public final void clear() {
        Object[] old = items;
        int n = size;
        items = NO_ITEMS;
        size = 0;
        RefCount.decRefAll(old, n);
    }

    /** Replaces {@code [lo, hi)} with {@code src[0..n)} (Equivalent of {@code list_ass_slice}). */
    public final void replaceRange(int lo, int hi, Object[] src, int n) {
        int removed = hi - lo;
        Object[] old = Arrays.copyOfRange(items, lo, hi);
        int newSize = size - removed + n;
        if (newSize > items.length) {
            grow(newSize);
        }
        System.arraycopy(items, hi, items, lo + n, size - hi);
        System.arraycopy(src, 0, items, lo, n);
        RefCount.incRefAll(src, n);
        for (int i = newSize; i < size; i++) {
            items[i] = null;
        }
        size = newSize;
        RefCount.decRefAll(old, removed);
    }

    /** A copy of the items. */
    public final Object[] toArray() {
        return Arrays.copyOf(items, size);
    }

    /** Reverses in place. */
    public final void reverse() {
        for (int i = 0, j = size - 1; i < j; i++, j--) {
            Object t = items[i];
            items[i] = items[j];
            items[j] = t;
        }
    }

    /** Takes over {@code newItems[0..n)} as the contents; counts are the caller's business. */
    public final void setItemsRaw(Object[] newItems, int n) {
        items = newItems;
        size = n;
    }

    private void grow(int minCapacity) {
        // CPython's list_resize over-allocation: new_allocated = n + (n >> 3) + 6, rounded down to 4.
        int cap = (minCapacity + (minCapacity >> 3) + 6) & ~3;
        if (cap < minCapacity) {
            cap = minCapacity;
        }
        items = Arrays.copyOf(items, cap);
    }

    @Override
    protected void releaseReferences() {
        // CPython's list_dealloc decrefs from the last item: pushing first-to-last gives that order.
        Object[] a = items;
        int n = size;
        RefCount.decRefAll(a, n);
    }
}
