package pygil.runtime.object;

import pygil.runtime.builtins.BuiltinTypes;

/** Python {@code bytes} (Equivalent of {@code PyBytesObject}): an immutable byte array. */
public class PyBytes extends PyObject {
    public static final PyBytes EMPTY = new PyBytes(new byte[0], true);

    /** The bytes; never modified. */
    public final byte[] bytes;
    private long hash = -1;

    /** Takes ownership of {@code bytes}. */
    public PyBytes(byte[] bytes) {
        this.bytes = bytes;
    }

    private PyBytes(byte[] bytes, boolean immortal) {
        super(immortal);
        this.bytes = bytes;
    }

    @Override
    public PyType getType() {
        return BuiltinTypes.BYTES;
    }

    public int size() {
        return bytes.length;
    }

    /** Cached hash (the value is ours, not CPython's siphash). */
    public long hash() {
        long h = hash;
        if (h == -1) {
            h = java.util.Arrays.hashCode(bytes) * 1000003L;
            if (h == -1) {
                h = -2;
            }
            hash = h;
        }
        return h;
    }
}
