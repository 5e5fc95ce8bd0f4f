package pygil.interpreter.interop;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.interop.InteropLibrary;
import com.oracle.truffle.api.interop.UnsupportedMessageException;
import com.oracle.truffle.api.interop.UnsupportedTypeException;
import com.oracle.truffle.api.strings.TruffleString;

import pygil.runtime.object.PNone;
import pygil.runtime.refcount.RefCount;

/**
 * Values crossing the polyglot boundary. Going out, Python's immortal scalars ({@code int} in
 * the {@code long} range, {@code float}, {@code str}, {@code bool}) are interop primitives as
 * they are; everything else (None, big ints, heap objects) is wrapped in an
 * {@link InteropObject}. Coming in, interop numbers, strings, booleans and nulls become Python
 * {@code int}, {@code float}, {@code str}, {@code bool} and None, and a wrapped Python object is
 * unwrapped; other foreign objects are refused.
 */
final class InteropValues {
    private InteropValues() {}

    /**
     * The interop value of a Python value. A wrapped heap object gets one more reference, owned
     * by the wrapper and never given back (a wrapper has no deterministic end of life), so an
     * object handed to the host stays valid, and its {@code __del__} never runs.
     */
    @TruffleBoundary
    static Object toInterop(Object value) {
        if (value instanceof Long || value instanceof Double || value instanceof String || value instanceof Boolean) {
            return value;
        }
        RefCount.incRef(value);
        return new InteropObject(value);
    }

    /** The Python value of an interop argument. */
    @TruffleBoundary
    static Object toPython(Object value) throws UnsupportedTypeException {
        if (value instanceof Long || value instanceof Double || value instanceof String || value instanceof Boolean) {
            return value;
        }
        if (value instanceof InteropObject o) {
            return o.value;
        }
        if (value instanceof Integer || value instanceof Short || value instanceof Byte) {
            return ((Number) value).longValue();
        }
        if (value instanceof Float f) {
            return f.doubleValue();
        }
        if (value instanceof Character c) {
            return c.toString();
        }
        if (value instanceof TruffleString s) {
            return s.toJavaStringUncached();
        }
        InteropLibrary lib = InteropLibrary.getUncached(value);
        try {
            if (lib.isNull(value)) {
                return PNone.NONE;
            }
            if (lib.isBoolean(value)) {
                return lib.asBoolean(value);
            }
            if (lib.fitsInLong(value)) {
                return lib.asLong(value);
            }
            if (lib.fitsInDouble(value)) {
                return lib.asDouble(value);
            }
            if (lib.isString(value)) {
                return lib.asString(value);
            }
        } catch (UnsupportedMessageException e) {
            // answered "yes" to isX, then refused asX: treat as unsupported below
        }
        throw UnsupportedTypeException.create(new Object[]{value}, "pygil accepts numbers, strings, booleans, null and Python objects");
    }

    /** {@link #toPython} of every argument. */
    static Object[] toPython(Object[] values) throws UnsupportedTypeException {
        Object[] out = new Object[values.length];
        for (int i = 0; i < values.length; i++) {
            out[i] = toPython(values[i]);
        }
        return out;
    }
}
