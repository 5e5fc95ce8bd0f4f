package pygil.runtime.object;

import pygil.runtime.builtins.BuiltinTypes;

/** Python {@code set} (Equivalent of CPython's mutable {@code PySetObject}). */
public class PySet extends PyAbstractSet {
    public PySet() {
    }

    @Override
    public PyType getType() {
        return BuiltinTypes.SET;
    }

    /** Equivalent of {@code PySet_Add}: true if the key was not present. */
    public final boolean add(Object key) {
        return addKey(key);
    }

    /** Equivalent of {@code PySet_Discard}: true if the key was present. */
    public final boolean discard(Object key) {
        return discardKey(key);
    }

    /** Removes and returns an arbitrary key (CPython's choice), or null if empty. */
    public final Object pop() {
        return popKey();
    }

    public final void clear() {
        clearTable();
    }

    /** Adds every key of another set or frozenset. */
    public final void addAll(PyAbstractSet other) {
        merge(other);
    }

    /** Adds the keys of a dict (as {@code set(d)} does). */
    public final void addDictKeys(PyDict d) {
        mergeDictKeys(d);
    }
}
