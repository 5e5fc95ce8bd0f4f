package pygil.runtime.object;

import java.util.Arrays;

/**
 * The bytes-like objects (Equivalent of the buffer protocol as {@code PyObject_GetBuffer} sees
 * it for {@code bytes} and {@code bytearray}, subclasses included): what functions that accept
 * "a bytes-like object" read.
 */
public final class BytesLike {
    private BytesLike() {}

    /** True for bytes and bytearray (and instances of subclasses of bytes). */
    public static boolean check(Object o) {
        return o instanceof PyBytes || o instanceof PyByteArray;
    }

    /**
     * The contents of a bytes-like object, or null: the bytes' own array (never to be modified)
     * or a snapshot of a bytearray.
     */
    public static byte[] viewOrNull(Object o) {
        if (o instanceof PyBytes b) {
            return b.bytes;
        }
        if (o instanceof PyByteArray a) {
            return a.toByteArray();
        }
        return null;
    }

    /** A fresh copy of the contents of a bytes-like object (the caller may modify it), or null. */
    public static byte[] copyOrNull(Object o) {
        if (o instanceof PyBytes b) {
            return b.bytes.clone();
        }
        if (o instanceof PyByteArray a) {
            return a.toByteArray();
        }
        return null;
    }

    /** Equivalent of {@code bytes.__eq__}/{@code memcmp} ordering: unsigned lexicographic. */
    public static int compare(byte[] a, byte[] b) {
        return Arrays.compareUnsigned(a, b);
    }
}
