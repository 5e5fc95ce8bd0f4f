package pygil.runtime.object;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

import pygil.runtime.gil.FreeThreading;
import pygil.runtime.ops.Compare;
import pygil.runtime.ops.Hash;
import pygil.runtime.refcount.RefCount;

/**
 * The hash table shared by {@code set} and {@code frozenset} (Equivalent of CPython's
 * {@code PySetObject}). The table layout, the probing (9 linear probes, then
 * {@code i = (i*5 + 1 + perturb) & mask}), the fill/used accounting, dummy reuse and the resize
 * policy mirror CPython 3.11's {@code setobject.c}, because iteration order is slot order and
 * programs print sets: {@code print({3, 1, 2})} must show {@code {1, 2, 3}}.
 *
 * <p>Keys are counted references.
 *
 * <h2>Concurrency (design notes)</h2>
 * With the GIL on nothing is locked. In free-threaded mode the set's Java monitor is its
 * per-object lock: {@link PySet}'s mutators, {@link #contains}, {@link #nextKey} and
 * {@link #toArray} take it (in {@code @TruffleBoundary} methods), so {@code add},
 * {@code discard}, {@code remove}, {@code pop}, {@code clear}, {@code update} and membership
 * tests are atomic and never see a half-done resize. Hashes are computed before locking; key
 * equality beyond str/int may run a Python {@code __eq__} under the lock (as in
 * {@link PyDict}). Merging another set or a dict snapshots the source under its own lock
 * first: one lock at a time, so no lock-order deadlock. Frozensets are immutable once built
 * and take the same (uncontended) lock only on the shared read paths.
 */
public abstract class PyAbstractSet extends PyObject {
    static final int MIN_SIZE = 8;
    private static final int LINEAR_PROBES = 9;
    /** Marks a deleted slot (CPython's {@code dummy}); its hash is -1. */
    private static final Object DUMMY = new Object();

    Object[] keys = new Object[MIN_SIZE];
    long[] hashes = new long[MIN_SIZE];
    int mask = MIN_SIZE - 1;
    /** Active plus dummy slots. */
    int fill;
    /** Active slots. */
    int used;
    /** Where {@code pop} resumes its search. */
    int finger;

    protected PyAbstractSet() {
    }

    public final int size() {
        return used;
    }

    // ---- lookup --------------------------------------------------------------------------

    public final boolean contains(Object key) {
        long h = Hash.hash(key);
        if (FreeThreading.enabled()) {
            return lookupLocked(key, h) >= 0;
        }
        return lookup(key, h) >= 0;
    }

    @TruffleBoundary
    private synchronized int lookupLocked(Object key, long h) {
        return lookup(key, h);
    }

    /** The slot holding {@code key}, or -1 (Equivalent of {@code set_lookkey}). */
    final int lookup(Object key, long hash) {
        int i = (int) (hash & mask);
        long perturb = hash;
        while (true) {
            int probes = (i + LINEAR_PROBES <= mask) ? LINEAR_PROBES : 0;
            int j = i;
            do {
                Object k = keys[j];
                if (k == null) {
                    return -1;
                }
                if (hashes[j] == hash && k != DUMMY && (k == key || equal(k, key))) {
                    return j;
                }
                j++;
            } while (probes-- > 0);
            perturb >>>= 5;
            i = (int) ((i * 5L + 1 + perturb) & mask);
        }
    }

    private static boolean equal(Object stored, Object key) {
        if (stored instanceof String a && key instanceof String b) {
            return a.equals(b);
        }
        return Compare.eq(stored, key);
    }

    // ---- update --------------------------------------------------------------------------

    /** Equivalent of {@code set_add_entry}: true if added, false if already present. */
    final boolean addEntry(Object key, long hash) {
        int i = (int) (hash & mask);
        long perturb = hash;
        int freeslot = -1;
        while (true) {
            int probes = (i + LINEAR_PROBES <= mask) ? LINEAR_PROBES : 0;
            int j = i;
            do {
                Object k = keys[j];
                if (k == null) {
                    RefCount.incRef(key);
                    if (freeslot >= 0) {
                        used++;
                        keys[freeslot] = key;
                        hashes[freeslot] = hash;
                        return true;
                    }
                    fill++;
                    used++;
                    keys[j] = key;
                    hashes[j] = hash;
                    if ((long) fill * 5 >= (long) mask * 3) {
                        resize(used > 50000 ? used * 2 : used * 4);
                    }
                    return true;
                }
                if (hashes[j] == hash && k != DUMMY && (k == key || equal(k, key))) {
                    return false;
                }
                if (k == DUMMY && freeslot < 0) {
                    freeslot = j;
                }
                j++;
            } while (probes-- > 0);
            perturb >>>= 5;
            i = (int) ((i * 5L + 1 + perturb) & mask);
        }
    }

    /** Equivalent of {@code set_table_resize}: the smallest power of two above {@code minUsed}. */
    final void resize(int minUsed) {
        int newSize = MIN_SIZE;
        while (newSize <= minUsed) {
            newSize <<= 1;
        }
        Object[] ok = keys;
        long[] oh = hashes;
        keys = new Object[newSize];
        hashes = new long[newSize];
        mask = newSize - 1;
        fill = used;
        for (int j = 0; j < ok.length; j++) {
            Object k = ok[j];
            if (k != null && k != DUMMY) {
                insertClean(k, oh[j]);
            }
        }
    }

    /** Equivalent of {@code set_insert_clean}: the key is known absent and there are no dummies. */
    final void insertClean(Object key, long hash) {
        int i = (int) (hash & mask);
        long perturb = hash;
        while (true) {
            if (keys[i] == null) {
                keys[i] = key;
                hashes[i] = hash;
                return;
            }
            if (i + LINEAR_PROBES <= mask) {
                for (int j = 1; j <= LINEAR_PROBES; j++) {
                    if (keys[i + j] == null) {
                        keys[i + j] = key;
                        hashes[i + j] = hash;
                        return;
                    }
                }
            }
            perturb >>>= 5;
            i = (int) ((i * 5L + 1 + perturb) & mask);
        }
    }

    /** Adds {@code key} (Equivalent of {@code PySet_Add}); true if it was absent. */
    final boolean addKey(Object key) {
        return addEntry(key, Hash.hash(key));
    }

    /** Equivalent of {@code set_discard_key}: true if it was present. */
    final boolean discardKey(Object key) {
        return discardEntry(key, Hash.hash(key));
    }

    final boolean discardEntry(Object key, long hash) {
        int j = lookup(key, hash);
        if (j < 0) {
            return false;
        }
        Object k = keys[j];
        keys[j] = DUMMY;
        hashes[j] = -1;
        used--;
        RefCount.decRef(k);
        return true;
    }

    /** Equivalent of {@code set_pop}: removes an arbitrary key (null when empty). */
    final Object popKey() {
        if (used == 0) {
            return null;
        }
        int j = finger & mask;
        while (keys[j] == null || keys[j] == DUMMY) {
            j++;
            if (j > mask) {
                j = 0;
            }
        }
        Object k = keys[j];
        keys[j] = DUMMY;
        hashes[j] = -1;
        used--;
        finger = j + 1;
        RefCount.decRef(k);
        return k;
    }

    final void clearTable() {
        Object[] ok = keys;
        keys = new Object[MIN_SIZE];
        hashes = new long[MIN_SIZE];
        mask = MIN_SIZE - 1;
        fill = 0;
        used = 0;
        finger = 0;
        releaseKeys(ok);
    }

    /**
     * Equivalent of {@code set_merge}: adds every key of {@code other}, copying the table
     * slot-for-slot when this set is empty and the sizes match, as CPython does.
     */
    final void merge(PyAbstractSet other) {
        if (other == this || other.used == 0) {
            return;
        }
        if ((long) (fill + other.used) * 5 >= (long) mask * 3) {
            resize((used + other.used) * 2);
        }
        if (fill == 0 && mask == other.mask && other.fill == other.used) {
            for (int j = 0; j <= mask; j++) {
                Object k = other.keys[j];
                if (k != null && k != DUMMY) {
                    RefCount.incRef(k);
                    keys[j] = k;
                    hashes[j] = other.hashes[j];
                }
            }
            fill = other.used;
            used = other.used;
            return;
        }
        if (fill == 0) {
            for (int j = 0; j <= other.mask; j++) {
                Object k = other.keys[j];
                if (k != null && k != DUMMY) {
                    RefCount.incRef(k);
                    insertClean(k, other.hashes[j]);
                }
            }
            fill = other.used;
            used = other.used;
            return;
        }
        for (int j = 0; j <= other.mask; j++) {
            Object k = other.keys[j];
            if (k != null && k != DUMMY) {
                addEntry(k, other.hashes[j]);
            }
        }
    }

    /**
     * Equivalent of {@code set_update_internal} for a dict: pre-sizes, then adds the keys in
     * the dict's order.
     */
    final void mergeDictKeys(PyDict d) {
        int n = d.size();
        if ((long) (fill + n) * 5 >= (long) mask * 3) {
            resize((used + n) * 2);
        }
        for (int e = d.nextEntry(0); e >= 0; e = d.nextEntry(e + 1)) {
            addKey(d.keyAt(e));
        }
    }

    // ---- iteration -----------------------------------------------------------------------

    /** The first active slot at or after {@code pos}, or -1. */
    public final int nextSlot(int pos) {
        Object[] k = keys;
        for (int j = pos; j < k.length; j++) {
            if (k[j] != null && k[j] != DUMMY) {
                return j;
            }
        }
        return -1;
    }

    public final Object keyAt(int slot) {
        return keys[slot];
    }

    /**
     * The first active slot at or after {@code pos} with its key in {@code out[0]} (read under
     * the lock and protected in free-threaded mode), or -1: iterators use it so that a
     * concurrent removal never hands them a deleted-slot marker.
     */
    public final int nextKey(int pos, Object[] out) {
        if (FreeThreading.enabled()) {
            return nextKeyLocked(pos, out);
        }
        int j = nextSlot(pos);
        if (j >= 0) {
            out[0] = keys[j];
        }
        return j;
    }

    @TruffleBoundary
    private synchronized int nextKeyLocked(int pos, Object[] out) {
        int j = nextSlot(pos);
        if (j >= 0) {
            out[0] = RefCount.protect(keys[j]);
        }
        return j;
    }

    /** The keys in slot (iteration) order (a consistent, protected snapshot without the GIL). */
    public final Object[] toArray() {
        if (FreeThreading.enabled()) {
            return toArrayLocked();
        }
        return toArrayRaw();
    }

    @TruffleBoundary
    private synchronized Object[] toArrayLocked() {
        Object[] a = toArrayRaw();
        for (Object k : a) {
            RefCount.protect(k);
        }
        return a;
    }

    /** {@code [keys, hashes]} of the active slots, in slot order, under the lock (protected). */
    @TruffleBoundary
    final synchronized Object[] snapshotWithHashes() {
        Object[] a = new Object[used];
        long[] h = new long[used];
        int n = 0;
        for (int j = 0; j < keys.length; j++) {
            Object k = keys[j];
            if (k != null && k != DUMMY) {
                a[n] = RefCount.protect(k);
                h[n] = hashes[j];
                n++;
            }
        }
        return new Object[] {a, h};
    }

    private Object[] toArrayRaw() {
        Object[] a = new Object[used];
        int n = 0;
        for (Object k : keys) {
            if (k != null && k != DUMMY) {
                a[n++] = k;
            }
        }
        return a;
    }

    /** Equivalent of {@code frozenset_hash} (also used to hash a set's contents for frozensets). */
    final long computeHash() {
        long hash = 0;
        for (int j = 0; j <= mask; j++) {
            Object k = keys[j];
            long h = k == null ? 0 : (k == DUMMY ? -1 : hashes[j]);
            hash ^= shuffleBits(h);
        }
        if (((mask + 1 - fill) & 1) != 0) {
            hash ^= shuffleBits(0);
        }
        if (((fill - used) & 1) != 0) {
            hash ^= shuffleBits(-1);
        }
        hash ^= ((long) used + 1) * 1927868237L;
        hash ^= (hash >>> 11) ^ (hash >>> 25);
        hash = hash * 69069L + 907133923L;
        if (hash == -1) {
            hash = 590923713L;
        }
        return hash;
    }

    private static long shuffleBits(long h) {
        return ((h ^ 89869747L) ^ (h << 16)) * 3644798167L;
    }

    private static void releaseKeys(Object[] ok) {
        // CPython's set_dealloc decrefs slot by slot from the first: push in reverse.
        for (int j = ok.length - 1; j >= 0; j--) {
            if (ok[j] != DUMMY) {
                RefCount.decRef(ok[j]);
            }
        }
    }

    @Override
    protected void releaseReferences() {
        releaseKeys(keys);
    }
}
