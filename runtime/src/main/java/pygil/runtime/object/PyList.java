package pygil.runtime.object;

import java.util.Arrays;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

import pygil.runtime.builtins.BuiltinTypes;
import pygil.runtime.gil.FreeThreading;
import pygil.runtime.refcount.RefCount;

/**
 * Python {@code list} (Equivalent of CPython's {@code PyListObject}): a growable array of
 * counted references. Every write goes through the methods here so that counts stay right.
 *
 * <h2>Concurrency (design notes)</h2>
 * <ul>
 * <li>With the GIL on, the methods run unlocked: the GIL holder is the only thread running
 * guest code, and {@link FreeThreading#enabled()} folds to false in compiled code.</li>
 * <li>In free-threaded mode ({@code --gil=off}) the list's own Java monitor is its per-object
 * lock (PEP 703's critical section): every method here that reads or writes {@link #items} or
 * {@link #size} takes it, in a {@code @TruffleBoundary} slow path. So each method is atomic:
 * {@code append}, {@code insert}, {@code pop}, {@code l[i] = v}, {@code del l[i]}, slice
 * assignment, {@code extend}, {@code clear}, {@code reverse}, a copy. Index checks happen
 * under the lock ({@link #getItem}, {@link #setItem}, {@link #pop(long)} return "out of range"
 * instead of trusting an index checked earlier), so a racing shrink gives an IndexError, never
 * a Java exception.</li>
 * <li>No Python code runs under the lock (comparisons in {@code index}/{@code remove}/
 * {@code count}/{@code in}, {@code repr} of items, sort keys run outside it), so the lock is
 * never held across a blocking call and cannot deadlock against another container's lock.</li>
 * <li>Reads that hand an item to the caller ({@link #getItem}, {@link #itemOrNull}) are
 * protected reads ({@link RefCount#protect}) in free-threaded mode: a concurrent pop cannot
 * release the item while the reading statement still uses it.</li>
 * <li>{@link #size} may be read without the lock ({@code len()}, truth): an int read is never
 * torn, and the answer is one the list really had.</li>
 * <li>Iterators read one item at a time through {@link #itemOrNull}, so iterating while another
 * thread mutates sees some items twice or not at all but never fails (as free-threaded
 * CPython's list iterator).</li>
 * </ul>
 */
public class PyList extends PyObject {
    private static final Object[] NO_ITEMS = new Object[0];

    /** The storage; read it directly only with the GIL on or under this list's lock. */
    public Object[] items;
    /** Live items in {@link #items}; see the design notes for unlocked reads. */
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

    /**
     * The item at {@code i}, which the caller has checked to be in {@code [0, size)}. Only for
     * lists no other thread can see (being built); shared ones use {@link #getItem}.
     */
    public final Object get(int i) {
        return items[i];
    }

    /** {@code l[i]} with Python's negative indexing; null if out of range. */
    public final Object getItem(long index) {
        if (FreeThreading.enabled()) {
            return getItemLocked(index);
        }
        long i = index < 0 ? index + size : index;
        return i >= 0 && i < size ? items[(int) i] : null;
    }

    @TruffleBoundary
    private synchronized Object getItemLocked(long index) {
        long i = index < 0 ? index + size : index;
        return i >= 0 && i < size ? RefCount.protect(items[(int) i]) : null;
    }

    /** The item at {@code i >= 0}, or null past the end (for loops that may run while the list changes). */
    public final Object itemOrNull(int i) {
        if (FreeThreading.enabled()) {
            return getItemLocked(i);
        }
        return i < size ? items[i] : null;
    }

    /** Replaces the item at {@code i >= 0}; does nothing if another thread shrank the list below it. */
    public final void set(int i, Object value) {
        setItem(i, value);
    }

    /** {@code l[i] = value} with negative indexing; false if out of range. */
    public final boolean setItem(long index, Object value) {
        if (FreeThreading.enabled()) {
            return setItemLocked(index, value);
        }
        return setItemRaw(index, value);
    }

    @TruffleBoundary
    private synchronized boolean setItemLocked(long index, Object value) {
        return setItemRaw(index, value);
    }

    private boolean setItemRaw(long index, Object value) {
        long i = index < 0 ? index + size : index;
        if (i < 0 || i >= size) {
            return false;
        }
        Object old = items[(int) i];
        RefCount.incRef(value);
        items[(int) i] = value;
        RefCount.decRef(old);
        return true;
    }

    public final void append(Object value) {
        if (FreeThreading.enabled()) {
            appendLocked(value);
            return;
        }
        appendRaw(value);
    }

    @TruffleBoundary
    private synchronized void appendLocked(Object value) {
        appendRaw(value);
    }

    private void appendRaw(Object value) {
        if (size == items.length) {
            grow(size + 1);
        }
        RefCount.incRef(value);
        items[size++] = value;
    }

    /** {@code list.insert(i, value)} with Python's clamping of {@code i}. */
    public final void insert(int index, Object value) {
        if (FreeThreading.enabled()) {
            insertLocked(index, value);
            return;
        }
        insertRaw(index, value);
    }

    @TruffleBoundary
    private synchronized void insertLocked(int index, Object value) {
        insertRaw(index, value);
    }

    private void insertRaw(int index, Object value) {
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
     * {@code l.pop(index)} with negative indexing: the removed item (no longer counted by the
     * list, released at the current thread's next flush unless stored), or null if out of range.
     */
    public final Object pop(long index) {
        if (FreeThreading.enabled()) {
            return popLocked(index);
        }
        return popRaw(index);
    }

    @TruffleBoundary
    private synchronized Object popLocked(long index) {
        return popRaw(index);
    }

    private Object popRaw(long index) {
        long li = index < 0 ? index + size : index;
        if (li < 0 || li >= size) {
            return null;
        }
        int i = (int) li;
        Object v = items[i];
        System.arraycopy(items, i + 1, items, i, size - i - 1);
        items[--size] = null;
        // Pushed on this thread's table at zero: this thread holds it until its statement ends.
        RefCount.decRef(v);
        return v;
    }

    /**
     * Removes the item at {@code i} if it is still {@code expected} (for {@code remove}, which
     * compares outside the lock); false if the list changed meanwhile.
     */
    public final boolean removeAtIfSame(int i, Object expected) {
        if (FreeThreading.enabled()) {
            return removeAtIfSameLocked(i, expected);
        }
        return removeAtIfSameRaw(i, expected);
    }

    @TruffleBoundary
    private synchronized boolean removeAtIfSameLocked(int i, Object expected) {
        return removeAtIfSameRaw(i, expected);
    }

    private boolean removeAtIfSameRaw(int i, Object expected) {
        if (i >= size || items[i] != expected) {
            return false;
        }
        popRaw(i);
        return true;
    }

    /** Appends {@code src[0..n)}. */
    public final void extend(Object[] src, int n) {
        if (FreeThreading.enabled()) {
            extendLocked(src, n);
            return;
        }
        extendRaw(src, n);
    }

    @TruffleBoundary
    private synchronized void extendLocked(Object[] src, int n) {
        extendRaw(src, n);
    }

    private void extendRaw(Object[] src, int n) {
        if (size + n > items.length) {
            grow(size + n);
        }
        System.arraycopy(src, 0, items, size, n);
        RefCount.incRefAll(src, n);
        size += n;
    }

    public final void clear() {
        Object[] old = takeItems();
        RefCount.decRefAll(old, old.length);
    }

    /** Replaces {@code [lo, hi)} with {@code src[0..n)} (Equivalent of {@code list_ass_slice}). */
    public final void replaceRange(int lo, int hi, Object[] src, int n) {
        if (FreeThreading.enabled()) {
            replaceRangeLocked(lo, hi, src, n);
            return;
        }
        replaceRangeRaw(lo, hi, src, n);
    }

    @TruffleBoundary
    private synchronized void replaceRangeLocked(int lo, int hi, Object[] src, int n) {
        // The bounds were computed from an earlier size: clamp them to the current one.
        int h = Math.min(hi, size);
        int l = Math.min(lo, h);
        replaceRangeRaw(l, h, src, n);
    }

    private void replaceRangeRaw(int lo, int hi, Object[] src, int n) {
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

    /** A copy of the items (a consistent snapshot in free-threaded mode). */
    public final Object[] toArray() {
        if (FreeThreading.enabled()) {
            return toArrayLocked();
        }
        return Arrays.copyOf(items, size);
    }

    @TruffleBoundary
    private synchronized Object[] toArrayLocked() {
        Object[] a = Arrays.copyOf(items, size);
        for (Object o : a) {
            RefCount.protect(o);
        }
        return a;
    }

    /** Reverses in place. */
    public final void reverse() {
        if (FreeThreading.enabled()) {
            reverseLocked();
            return;
        }
        reverseRaw();
    }

    @TruffleBoundary
    private synchronized void reverseLocked() {
        reverseRaw();
    }

    private void reverseRaw() {
        for (int i = 0, j = size - 1; i < j; i++, j--) {
            Object t = items[i];
            items[i] = items[j];
            items[j] = t;
        }
    }

    /** Takes over {@code newItems[0..n)} as the contents; counts are the caller's business. */
    public final void setItemsRaw(Object[] newItems, int n) {
        if (FreeThreading.enabled()) {
            setItemsLocked(newItems, n);
            return;
        }
        items = newItems;
        size = n;
    }

    @TruffleBoundary
    private synchronized void setItemsLocked(Object[] newItems, int n) {
        items = newItems;
        size = n;
    }

    /**
     * Takes the contents out, leaving the list empty, and returns them with their counts
     * (exactly {@code size} long): {@code list.sort} works on them outside the lock and puts
     * them back with {@link #setItemsRaw}, as CPython's sort empties the list meanwhile.
     */
    public final Object[] takeItems() {
        return swapItems(NO_ITEMS, 0);
    }

    /**
     * Atomically installs {@code newItems[0..n)} as the contents (counts are the caller's
     * business) and returns the old contents, exactly {@code size} long, with their counts.
     */
    public final Object[] swapItems(Object[] newItems, int n) {
        if (FreeThreading.enabled()) {
            return swapItemsLocked(newItems, n);
        }
        return swapItemsRaw(newItems, n);
    }

    @TruffleBoundary
    private synchronized Object[] swapItemsLocked(Object[] newItems, int n) {
        return swapItemsRaw(newItems, n);
    }

    private Object[] swapItemsRaw(Object[] newItems, int n) {
        Object[] a = items.length == size ? items : Arrays.copyOf(items, size);
        items = newItems;
        size = n;
        return a;
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
