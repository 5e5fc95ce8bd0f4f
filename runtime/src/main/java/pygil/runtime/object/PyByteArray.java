package pygil.runtime.object;

import java.util.Arrays;

import pygil.runtime.builtins.BuiltinTypes;

/**
 * Python {@code bytearray} (Equivalent of CPython's {@code PyByteArrayObject}): a growable
 * byte buffer. Holds no counted references; {@code data[size..]} is spare capacity.
 */
public final class PyByteArray extends PyObject {
    private static final byte[] NONE = new byte[0];

    private byte[] data;
    private int size;

    public PyByteArray() {
        this.data = NONE;
    }

    /** Takes ownership of {@code bytes}. */
    public PyByteArray(byte[] bytes) {
        this.data = bytes;
        this.size = bytes.length;
    }

    @Override
    public PyType getType() {
        return BuiltinTypes.BYTEARRAY;
    }

    public int size() {
        return size;
    }

    /** The byte at {@code i} (in range) as 0..255. */
    public int get(int i) {
        return data[i] & 0xff;
    }

    public void set(int i, int value) {
        data[i] = (byte) value;
    }

    /** A copy of the contents. */
    public byte[] toByteArray() {
        return Arrays.copyOf(data, size);
    }

    public void append(int value) {
        ensure(size + 1);
        data[size++] = (byte) value;
    }

    /** Appends {@code b[0..b.length)}. */
    public void extend(byte[] b) {
        ensure(size + b.length);
        System.arraycopy(b, 0, data, size, b.length);
        size += b.length;
    }

    /** {@code insert(i, v)} for a clamped, in-range {@code i}. */
    public void insert(int i, int value) {
        ensure(size + 1);
        System.arraycopy(data, i, data, i + 1, size - i);
        data[i] = (byte) value;
        size++;
    }

    /** Removes and returns the byte at {@code i} (in range). */
    public int pop(int i) {
        int v = data[i] & 0xff;
        System.arraycopy(data, i + 1, data, i, size - i - 1);
        size--;
        return v;
    }

    /** Replaces {@code [lo, hi)} with {@code src} (Equivalent of {@code bytearray_setslice_linear}). */
    public void replace(int lo, int hi, byte[] src) {
        int newSize = size - (hi - lo) + src.length;
        byte[] out = newSize > data.length ? new byte[grow(newSize)] : data;
        if (out != data) {
            System.arraycopy(data, 0, out, 0, lo);
        }
        System.arraycopy(data, hi, out, lo + src.length, size - hi);
        System.arraycopy(src, 0, out, lo, src.length);
        data = out;
        size = newSize;
    }

    public void clear() {
        data = NONE;
        size = 0;
    }

    public void reverse() {
        for (int i = 0, j = size - 1; i < j; i++, j--) {
            byte t = data[i];
            data[i] = data[j];
            data[j] = t;
        }
    }

    private void ensure(int n) {
        if (n > data.length) {
            data = Arrays.copyOf(data, grow(n));
        }
    }

    private static int grow(int n) {
        // CPython's bytearray_resize over-allocates by about 1/8.
        return n + (n >> 3) + (n < 9 ? 3 : 6);
    }
}
