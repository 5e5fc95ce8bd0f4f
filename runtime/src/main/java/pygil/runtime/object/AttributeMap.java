package pygil.runtime.object;

import java.util.HashMap;

import pygil.runtime.refcount.RefCount;

/**
 * Insertion-ordered attribute storage for instances until a {@code __dict__} is requested
 * (then the owner switches to a real {@link PyDict}). Small maps scan linearly (names are
 * mostly interned, so the identity test usually hits); from {@link #INDEX_THRESHOLD} entries a
 * {@code HashMap} index is kept. Values are counted references.
 *
 * <p>It stays behind {@link HasAttributes}, so a Truffle {@code DynamicObject} shape can replace
 * it later without touching callers.
 *
 * <p>Concurrency: not thread-safe by itself. Its owner serializes access: with the GIL on, the
 * GIL does; without it, the owner's lock ({@link PyInstance}'s design notes), which is held
 * around every call here.
 */
public final class AttributeMap {
    private static final int INDEX_THRESHOLD = 12;

    private String[] names = new String[4];
    private Object[] values = new Object[4];
    private int size;
    private HashMap<String, Integer> index;

    public int size() {
        return size;
    }

    private int indexOf(String name) {
        if (index != null) {
            Integer i = index.get(name);
            return i == null ? -1 : i;
        }
        String[] n = names;
        for (int i = 0; i < size; i++) {
            if (n[i] == name) {
                return i;
            }
        }
        for (int i = 0; i < size; i++) {
            if (n[i].equals(name)) {
                return i;
            }
        }
        return -1;
    }

    public Object get(String name) {
        int i = indexOf(name);
        return i < 0 ? null : values[i];
    }

    public void put(String name, Object value) {
        int i = indexOf(name);
        if (i >= 0) {
            Object old = values[i];
            RefCount.incRef(value);
            values[i] = value;
            RefCount.decRef(old);
            return;
        }
        if (size == names.length) {
            names = java.util.Arrays.copyOf(names, size * 2);
            values = java.util.Arrays.copyOf(values, size * 2);
        }
        RefCount.incRef(value);
        names[size] = name;
        values[size] = value;
        if (index != null) {
            index.put(name, size);
        } else if (size + 1 >= INDEX_THRESHOLD) {
            index = new HashMap<>();
            for (int j = 0; j <= size; j++) {
                index.put(names[j], j);
            }
        }
        size++;
    }

    public boolean remove(String name) {
        int i = indexOf(name);
        if (i < 0) {
            return false;
        }
        Object old = values[i];
        System.arraycopy(names, i + 1, names, i, size - i - 1);
        System.arraycopy(values, i + 1, values, i, size - i - 1);
        size--;
        names[size] = null;
        values[size] = null;
        if (index != null) {
            index.clear();
            for (int j = 0; j < size; j++) {
                index.put(names[j], j);
            }
        }
        RefCount.decRef(old);
        return true;
    }

    /**
     * Moves the contents into a new dict (the counts move with them) and empties this map.
     */
    public PyDict toDict() {
        PyDict d = new PyDict(size);
        for (int i = 0; i < size; i++) {
            d.putString(names[i], values[i]);
            RefCount.decRef(values[i]); // the dict took its own reference; drop ours
        }
        names = new String[0];
        values = new Object[0];
        size = 0;
        index = null;
        return d;
    }

    /** Drops every value (CPython frees instance attributes first to last: push in reverse). */
    public void release() {
        for (int i = size - 1; i >= 0; i--) {
            RefCount.decRef(values[i]);
        }
    }
}
