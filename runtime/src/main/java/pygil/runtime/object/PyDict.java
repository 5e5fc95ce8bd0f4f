package pygil.runtime.object;

import java.util.Arrays;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

import pygil.runtime.builtins.BuiltinTypes;
import pygil.runtime.gil.FreeThreading;
import pygil.runtime.ops.Compare;
import pygil.runtime.ops.Hash;
import pygil.runtime.refcount.RefCount;

/**
 * Python {@code dict} (Equivalent of CPython's compact {@code PyDictObject}): an open-addressing
 * index table ({@code indices}) pointing into insertion-ordered entry arrays
 * ({@code hashes}/{@code keys}/{@code values}). Probing follows CPython's
 * {@code i = (i*5 + perturb + 1) & mask} with {@code perturb >>>= 5}. Keys compare by identity,
 * then (for equal hashes) by Python equality, so {@code 1}, {@code 1.0} and {@code True} are one
 * key. {@code str} keys take a fast path that never calls back into Python.
 *
 * <p>Keys and values are counted references.
 *
 * <h2>Concurrency (design notes)</h2>
 * <ul>
 * <li>GIL on: no locking ({@link FreeThreading#enabled()} folds to false).</li>
 * <li>Free-threaded: the dict's Java monitor is its per-object lock. Every lookup, insertion,
 * deletion, resize, copy and snapshot runs under it, in a {@code @TruffleBoundary} method, so
 * {@code d[k] = v}, {@code d[k]}, {@code del d[k]}, {@code pop}, {@code popitem},
 * {@code setdefault}-style get-then-set done here, {@code update} and {@code clear} are each
 * atomic, and a resize is never seen half done. Values handed out are protected reads
 * ({@link RefCount#protect}).</li>
 * <li>Hashes are computed before taking the lock (a {@code __hash__} may run Python code).
 * Key equality for keys other than str and int may call a Python {@code __eq__} under the
 * lock; the lock is reentrant, so an {@code __eq__} that touches the same dict on the same
 * thread works, but one that waits for another thread using this dict would deadlock (CPython
 * suspends its critical sections in that case; we do not).</li>
 * <li>{@code update} from another dict copies the source under the source's lock first, then
 * inserts under this dict's lock: never two dict locks at once, so no lock-order deadlock.</li>
 * <li>Unlocked reads: {@link #size()}, {@link #version()} (plain int reads) and
 * {@link #valueAt}/{@link #keyAt}, which the interpreter's LOAD_GLOBAL cache calls on every
 * global read: they bound-check against the array they read and return null for an entry
 * that is gone, and the caller then falls back to a locked lookup. Taking the module dict's
 * lock on each global read would make all threads contend on one monitor.</li>
 * </ul>
 */
public class PyDict extends PyObject {
    private static final int EMPTY = -1;
    private static final int DUMMY = -2;
    private static final int MIN_SIZE = 8;

    private int[] indices;
    private long[] hashes;
    private Object[] keys;
    private Object[] values;
    /** Entries used in the entry arrays, deleted ones included. */
    private int nentries;
    /** Live items. */
    private int used;
    /** Bumped on every insertion or deletion of a key (iterators detect resizes with it). */
    private int version;
    /** Set when this dict is a type's namespace: changes invalidate that type's lookup caches. */
    PyType owner;

    public PyDict() {
        init(MIN_SIZE);
    }

    /** A dict pre-sized for {@code n} items. */
    public PyDict(int n) {
        int size = MIN_SIZE;
        while (size * 2 / 3 < n) {
            size <<= 1;
        }
        init(size);
    }

    PyDict(boolean immortal) {
        super(immortal);
        init(MIN_SIZE);
    }

    private void init(int size) {
        indices = new int[size];
        Arrays.fill(indices, EMPTY);
        int usable = size * 2 / 3;
        hashes = new long[usable];
        keys = new Object[usable];
        values = new Object[usable];
        nentries = 0;
        used = 0;
    }

    @Override
    public PyType getType() {
        return BuiltinTypes.DICT;
    }

    public final int size() {
        return used;
    }

    /** Changes whenever a key is added or removed (not when a value is replaced). */
    public final int version() {
        return version;
    }

    // ---- lookup ------------------------------------------------------------------------

    /** Equivalent of {@code PyDict_GetItem} (but raising on unhashable keys): null if absent. */
    public final Object getItem(Object key) {
        if (key instanceof String s) {
            return getString(s);
        }
        long h = Hash.hash(key);
        if (FreeThreading.enabled()) {
            return getItemLocked(key, h);
        }
        int ix = find(key, h);
        return ix < 0 ? null : values[ix];
    }

    @TruffleBoundary
    private synchronized Object getItemLocked(Object key, long h) {
        int ix = find(key, h);
        return ix < 0 ? null : RefCount.protect(values[ix]);
    }

    /**
     * The value for a str key, or null. Never calls Python code, except to compare with a key
     * that is an instance of a str subclass (which may define {@code __eq__}).
     */
    public final Object getString(String key) {
        if (FreeThreading.enabled()) {
            return getStringLocked(key);
        }
        return getStringRaw(key);
    }

    @TruffleBoundary
    private synchronized Object getStringLocked(String key) {
        return RefCount.protect(getStringRaw(key));
    }

    private Object getStringRaw(String key) {
        long h = Hash.hashString(key);
        int mask = indices.length - 1;
        int i = (int) h & mask;
        long perturb = h;
        while (true) {
            int ix = indices[i];
            if (ix == EMPTY) {
                return null;
            }
            if (ix >= 0 && hashes[ix] == h) {
                Object k = keys[ix];
                if (k == key || (k instanceof String ks && ks.equals(key)) || (k instanceof PyValueSub && keysEqual(k, key))) {
                    return values[ix];
                }
            }
            perturb >>>= 5;
            i = (int) (i * 5L + perturb + 1) & mask;
        }
    }

    public final boolean containsKey(Object key) {
        long h = Hash.hash(key);
        if (FreeThreading.enabled()) {
            return findLocked(key, h) >= 0;
        }
        return find(key, h) >= 0;
    }

    @TruffleBoundary
    private synchronized int findLocked(Object key, long h) {
        return find(key, h);
    }

    /** The entry index of {@code key}, or -1. */
    private int find(Object key, long h) {
        int mask = indices.length - 1;
        int i = (int) h & mask;
        long perturb = h;
        while (true) {
            int ix = indices[i];
            if (ix == EMPTY) {
                return -1;
            }
            if (ix >= 0 && hashes[ix] == h) {
                Object k = keys[ix];
                if (k == key || keysEqual(k, key)) {
                    return ix;
                }
            }
            perturb >>>= 5;
            i = (int) (i * 5L + perturb + 1) & mask;
        }
    }

    /** The index-table slot holding entry {@code ix} (which must be live). */
    private int slotOf(int ix, long h) {
        int mask = indices.length - 1;
        int i = (int) h & mask;
        long perturb = h;
        while (indices[i] != ix) {
            perturb >>>= 5;
            i = (int) (i * 5L + perturb + 1) & mask;
        }
        return i;
    }

    static boolean keysEqual(Object stored, Object key) {
        if (stored instanceof String a) {
            return key instanceof String b ? a.equals(b) : !(key instanceof PyObject) ? false : Compare.eq(key, stored);
        }
        if (stored instanceof Long a && key instanceof Long b) {
            return a.longValue() == b.longValue();
        }
        return Compare.eq(stored, key);
    }

    // ---- update ------------------------------------------------------------------------

    /** Equivalent of {@code PyDict_SetItem}. */
    public final void setItem(Object key, Object value) {
        long h = key instanceof String s ? Hash.hashString(s) : Hash.hash(key);
        if (FreeThreading.enabled()) {
            setItemLocked(key, h, value);
            return;
        }
        setItemRaw(key, h, value);
    }

    @TruffleBoundary
    private synchronized void setItemLocked(Object key, long h, Object value) {
        setItemRaw(key, h, value);
    }

    private void setItemRaw(Object key, long h, Object value) {
        int ix = find(key, h);
        if (ix >= 0) {
            Object old = values[ix];
            RefCount.incRef(value);
            values[ix] = value;
            RefCount.decRef(old);
        } else {
            insertNew(key, h, value);
        }
        changed();
    }

    /**
     * The entry index of a str key, or -1 (for inline caches: while {@link #version()} is
     * unchanged the key stays at that entry, and {@link #valueAt} reads its current value).
     */
    public final int entryOf(String key) {
        long h = Hash.hashString(key);
        if (FreeThreading.enabled()) {
            return findLocked(key, h);
        }
        return find(key, h);
    }

    /** {@link #setItem} for a str key (namespaces, globals): never calls Python code. */
    public final void putString(String key, Object value) {
        setItem(key, value);
    }

    private void insertNew(Object key, long h, Object value) {
        if (nentries == keys.length) {
            // Bumped before the entries move, so that an unlocked valueAt reader that checked
            // the version first is more likely to see the change (see the design notes).
            version++;
            resize(Math.max(MIN_SIZE, used * 3));
        }
        int ix = nentries++;
        hashes[ix] = h;
        RefCount.incRef(key);
        RefCount.incRef(value);
        keys[ix] = key;
        values[ix] = value;
        indices[freeSlot(h)] = ix;
        used++;
        version++;
    }

    private int freeSlot(long h) {
        int mask = indices.length - 1;
        int i = (int) h & mask;
        long perturb = h;
        while (indices[i] >= 0) {
            perturb >>>= 5;
            i = (int) (i * 5L + perturb + 1) & mask;
        }
        return i;
    }

    /**
     * Rebuilds with an index table of at least {@code minSize} slots, compacting entries. A
     * boundary: rare, linear anyway, and a loop that compiled code need not carry at every
     * insertion site.
     */
    @TruffleBoundary
    private void resize(int minSize) {
        int size = MIN_SIZE;
        while (size < minSize) {
            size <<= 1;
        }
        long[] oh = hashes;
        Object[] ok = keys;
        Object[] ov = values;
        int on = nentries;
        indices = new int[size];
        Arrays.fill(indices, EMPTY);
        int usable = size * 2 / 3;
        hashes = new long[usable];
        keys = new Object[usable];
        values = new Object[usable];
        int n = 0;
        int mask = size - 1;
        for (int j = 0; j < on; j++) {
            if (ok[j] != null) {
                long h = oh[j];
                hashes[n] = h;
                keys[n] = ok[j];
                values[n] = ov[j];
                int i = (int) h & mask;
                long perturb = h;
                while (indices[i] != EMPTY) {
                    perturb >>>= 5;
                    i = (int) (i * 5L + perturb + 1) & mask;
                }
                indices[i] = n;
                n++;
            }
        }
        nentries = n;
    }

    /** Equivalent of {@code PyDict_DelItem} without the KeyError: false if absent. */
    public final boolean delItem(Object key) {
        long h = key instanceof String s ? Hash.hashString(s) : Hash.hash(key);
        if (FreeThreading.enabled()) {
            return delItemLocked(key, h);
        }
        return delItemRaw(key, h);
    }

    @TruffleBoundary
    private synchronized boolean delItemLocked(Object key, long h) {
        return delItemRaw(key, h);
    }

    private boolean delItemRaw(Object key, long h) {
        int ix = find(key, h);
        if (ix < 0) {
            return false;
        }
        removeEntry(ix, h);
        return true;
    }

    /** Removes {@code key} and returns its value (no longer counted by the dict), or null. */
    public final Object pop(Object key) {
        long h = key instanceof String s ? Hash.hashString(s) : Hash.hash(key);
        if (FreeThreading.enabled()) {
            return popLocked(key, h);
        }
        return popRaw(key, h);
    }

    @TruffleBoundary
    private synchronized Object popLocked(Object key, long h) {
        return popRaw(key, h);
    }

    private Object popRaw(Object key, long h) {
        int ix = find(key, h);
        if (ix < 0) {
            return null;
        }
        Object v = values[ix];
        removeEntry(ix, h);
        return v;
    }

    private void removeEntry(int ix, long h) {
        indices[slotOf(ix, h)] = DUMMY;
        Object k = keys[ix];
        Object v = values[ix];
        keys[ix] = null;
        values[ix] = null;
        used--;
        version++;
        changed();
        RefCount.decRef(v);
        RefCount.decRef(k);
    }

    /** Removes the last inserted item; returns {@code {key, value}} or null when empty. */
    public final Object[] popItem() {
        if (FreeThreading.enabled()) {
            return popItemLocked();
        }
        return popItemRaw();
    }

    @TruffleBoundary
    private synchronized Object[] popItemLocked() {
        return popItemRaw();
    }

    private Object[] popItemRaw() {
        for (int ix = nentries - 1; ix >= 0; ix--) {
            if (keys[ix] != null) {
                Object[] kv = {keys[ix], values[ix]};
                removeEntry(ix, hashes[ix]);
                nentries = ix;
                return kv;
            }
        }
        return null;
    }

    /** Equivalent of {@code PyDict_Clear}. */
    public final void clear() {
        if (FreeThreading.enabled()) {
            clearLocked();
            return;
        }
        Object[] ok = keys;
        Object[] ov = values;
        int on = nentries;
        init(MIN_SIZE);
        version++;
        changed();
        releaseEntries(ok, ov, on);
    }

    @TruffleBoundary
    private void clearLocked() {
        Object[] ok;
        Object[] ov;
        int on;
        synchronized (this) {
            ok = keys;
            ov = values;
            on = nentries;
            init(MIN_SIZE);
            version++;
            changed();
        }
        releaseEntries(ok, ov, on);
    }

    private static void releaseEntries(Object[] ok, Object[] ov, int n) {
        // CPython frees entries first to last (key, then value): push in reverse.
        for (int j = n - 1; j >= 0; j--) {
            RefCount.decRef(ov[j]);
            RefCount.decRef(ok[j]);
        }
    }

    /** Copies every item of {@code other} into this dict (Equivalent of {@code PyDict_Update}). */
    public final void update(PyDict other) {
        if (FreeThreading.enabled()) {
            updateLocked(other.snapshot());
            return;
        }
        updateRaw(other);
    }

    /** {@code [keys, values, hashes]} of the live entries, copied under this dict's lock (protected). */
    @TruffleBoundary
    private synchronized Object[] snapshot() {
        Object[] k = new Object[used];
        Object[] v = new Object[used];
        long[] hs = new long[used];
        int n = 0;
        for (int i = 0; i < nentries; i++) {
            if (keys[i] != null) {
                k[n] = RefCount.protect(keys[i]);
                v[n] = RefCount.protect(values[i]);
                hs[n] = hashes[i];
                n++;
            }
        }
        return new Object[] {k, v, hs};
    }

    @TruffleBoundary
    private synchronized void updateLocked(Object[] snap) {
        Object[] k = (Object[]) snap[0];
        Object[] v = (Object[]) snap[1];
        long[] hs = (long[]) snap[2];
        for (int i = 0; i < k.length; i++) {
            int j = find(k[i], hs[i]);
            if (j >= 0) {
                Object old = values[j];
                RefCount.incRef(v[i]);
                values[j] = v[i];
                RefCount.decRef(old);
            } else {
                insertNew(k[i], hs[i], v[i]);
            }
        }
        changed();
    }

    private void updateRaw(PyDict other) {
        for (int ix = other.nextEntry(0); ix >= 0; ix = other.nextEntry(ix + 1)) {
            Object k = other.keys[ix];
            Object v = other.values[ix];
            long h = other.hashes[ix];
            int j = find(k, h);
            if (j >= 0) {
                Object old = values[j];
                RefCount.incRef(v);
                values[j] = v;
                RefCount.decRef(old);
            } else {
                insertNew(k, h, v);
            }
        }
        changed();
    }

    /** A shallow copy (Equivalent of {@code PyDict_Copy}). */
    public PyDict copy() {
        PyDict d = new PyDict(used);
        d.update(this);
        return d;
    }

    private void changed() {
        if (owner != null) {
            owner.dictChanged();
        }
    }

    // ---- ordered iteration ---------------------------------------------------------------

    /**
     * The index of the first live entry at or after {@code pos}, or -1. Iterate with
     * {@code for (int i = d.nextEntry(0); i >= 0; i = d.nextEntry(i + 1))}.
     */
    public final int nextEntry(int pos) {
        if (FreeThreading.enabled()) {
            return nextEntryLocked(pos);
        }
        for (int i = pos; i < nentries; i++) {
            if (keys[i] != null) {
                return i;
            }
        }
        return -1;
    }

    @TruffleBoundary
    private synchronized int nextEntryLocked(int pos) {
        for (int i = pos; i < nentries; i++) {
            if (keys[i] != null) {
                return i;
            }
        }
        return -1;
    }

    /**
     * The next live entry at or after {@code pos}, with its key and value stored in
     * {@code out[0]} and {@code out[1]}, read together (under the lock, protected, in
     * free-threaded mode); -1 at the end. Iterators use it so that a concurrent deletion or
     * resize never hands them half an entry.
     */
    public final int nextItem(int pos, Object[] out) {
        if (FreeThreading.enabled()) {
            return nextItemLocked(pos, out);
        }
        int e = nextEntry(pos);
        if (e >= 0) {
            out[0] = keys[e];
            out[1] = values[e];
        }
        return e;
    }

    @TruffleBoundary
    private synchronized int nextItemLocked(int pos, Object[] out) {
        int e = nextEntryLocked(pos);
        if (e >= 0) {
            out[0] = RefCount.protect(keys[e]);
            out[1] = RefCount.protect(values[e]);
        }
        return e;
    }

    /** The key of entry {@code entry}; with the GIL off, null if another thread removed it. */
    public final Object keyAt(int entry) {
        Object[] k = keys;
        return entry < k.length ? k[entry] : null;
    }

    /** The value of entry {@code entry}; with the GIL off, null if another thread removed it. */
    public final Object valueAt(int entry) {
        Object[] v = values;
        return entry < v.length ? v[entry] : null;
    }

    /** Replaces the value of live entry {@code entry}. */
    public final void setValueAt(int entry, Object value) {
        if (FreeThreading.enabled()) {
            setValueAtLocked(entry, value);
            return;
        }
        setValueAtRaw(entry, value);
    }

    @TruffleBoundary
    private synchronized void setValueAtLocked(int entry, Object value) {
        if (entry < nentries && keys[entry] != null) {
            setValueAtRaw(entry, value);
        }
    }

    private void setValueAtRaw(int entry, Object value) {
        Object old = values[entry];
        RefCount.incRef(value);
        values[entry] = value;
        RefCount.decRef(old);
        changed();
    }

    /** The keys in insertion order. */
    public final Object[] keysArray() {
        if (FreeThreading.enabled()) {
            return (Object[]) snapshot()[0];
        }
        Object[] a = new Object[used];
        int n = 0;
        for (int i = 0; i < nentries; i++) {
            if (keys[i] != null) {
                a[n++] = keys[i];
            }
        }
        return a;
    }

    /** The values in insertion order. */
    public final Object[] valuesArray() {
        if (FreeThreading.enabled()) {
            return (Object[]) snapshot()[1];
        }
        Object[] a = new Object[used];
        int n = 0;
        for (int i = 0; i < nentries; i++) {
            if (keys[i] != null) {
                a[n++] = values[i];
            }
        }
        return a;
    }

    @Override
    protected void releaseReferences() {
        releaseEntries(keys, values, nentries);
    }
}
