package pygil.runtime.object;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

import pygil.runtime.builtins.BuiltinTypes;
import pygil.runtime.gil.FreeThreading;
import pygil.runtime.ops.Hash;

/**
 * Python {@code set} (Equivalent of CPython's mutable {@code PySetObject}). Each method is one
 * atomic step without the GIL: see {@link PyAbstractSet}'s design notes for the locking.
 */
public class PySet extends PyAbstractSet {
    public PySet() {
    }

    @Override
    public PyType getType() {
        return BuiltinTypes.SET;
    }

    /** Equivalent of {@code PySet_Add}: true if the key was not present. */
    public final boolean add(Object key) {
        if (FreeThreading.enabled()) {
            return addLocked(key, Hash.hash(key));
        }
        return addKey(key);
    }

    @TruffleBoundary
    private synchronized boolean addLocked(Object key, long h) {
        return addEntry(key, h);
    }

    /** Equivalent of {@code PySet_Discard}: true if the key was present. */
    public final boolean discard(Object key) {
        if (FreeThreading.enabled()) {
            return discardLocked(key, Hash.hash(key));
        }
        return discardKey(key);
    }

    @TruffleBoundary
    private synchronized boolean discardLocked(Object key, long h) {
        return discardEntry(key, h);
    }

    /** Removes and returns an arbitrary key (CPython's choice), or null if empty. */
    public final Object pop() {
        if (FreeThreading.enabled()) {
            return popLocked();
        }
        return popKey();
    }

    @TruffleBoundary
    private synchronized Object popLocked() {
        return popKey();
    }

    public final void clear() {
        if (FreeThreading.enabled()) {
            clearLocked();
            return;
        }
        clearTable();
    }

    @TruffleBoundary
    private synchronized void clearLocked() {
        clearTable();
    }

    /** Adds every key of another set or frozenset. */
    public final void addAll(PyAbstractSet other) {
        if (FreeThreading.enabled()) {
            if (other != this) {
                addAllLocked(other.snapshotWithHashes());
            }
            return;
        }
        merge(other);
    }

    @TruffleBoundary
    private synchronized void addAllLocked(Object[] snap) {
        Object[] k = (Object[]) snap[0];
        long[] h = (long[]) snap[1];
        for (int i = 0; i < k.length; i++) {
            addEntry(k[i], h[i]);
        }
    }

    /** Adds the keys of a dict (as {@code set(d)} does). */
    public final void addDictKeys(PyDict d) {
        if (FreeThreading.enabled()) {
            Object[] k = d.keysArray();
            long[] h = new long[k.length];
            for (int i = 0; i < k.length; i++) {
                h[i] = Hash.hash(k[i]);
            }
            addAllLocked(new Object[] {k, h});
            return;
        }
        mergeDictKeys(d);
    }
}
