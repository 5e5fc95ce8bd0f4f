package pygil.runtime.object;

import pygil.runtime.builtins.BuiltinTypes;

/**
 * Python {@code frozenset} (Equivalent of CPython's immutable {@code PySetObject}). Built by
 * adding keys before it is published; its hash is cached.
 */
public class PyFrozenSet extends PyAbstractSet {
    private long hash = -1;

    public PyFrozenSet() {
    }

    @Override
    public PyType getType() {
        return BuiltinTypes.FROZENSET;
    }

    /** Adds a key while the frozenset is being built (never after it was hashed or shared). */
    public final boolean addWhileBuilding(Object key) {
        return addKey(key);
    }

    /** Removes a key while the frozenset is being built; true if it was present. */
    public final boolean discardWhileBuilding(Object key) {
        return discardKey(key);
    }

    /** Adds every key of another set while building. */
    public final void addAllWhileBuilding(PyAbstractSet other) {
        merge(other);
    }

    /** Adds the keys of a dict while building. */
    public final void addDictKeysWhileBuilding(PyDict d) {
        mergeDictKeys(d);
    }

    /** Equivalent of {@code frozenset_hash}. */
    public final long hash() {
        long h = hash;
        if (h == -1) {
            h = computeHash();
            hash = h;
        }
        return h;
    }
}
