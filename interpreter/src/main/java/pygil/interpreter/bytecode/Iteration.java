package pygil.interpreter.bytecode;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

import pygil.runtime.error.PyErrors;
import pygil.runtime.object.PyList;
import pygil.runtime.ops.Iter;

/** for-loops and unpacking over the runtime's iterator protocol. */
final class Iteration {
    private Iteration() {}

    @TruffleBoundary
    static Object getIter(Object iterable) {
        return Iter.getIter(iterable);
    }

    /** The next item, or null when the iterator is exhausted. */
    @TruffleBoundary
    static Object next(Object iterator) {
        Object value = Iter.next(iterator);
        return value == Iter.STOP ? null : value;
    }

    @TruffleBoundary
    static Object[] unpack(Object sequence, int count) {
        Object[] items = Iter.toArray(sequence);
        if (items.length != count) {
            if (items.length < count) {
                throw PyErrors.valueError("not enough values to unpack (expected " + count + ", got " + items.length + ")");
            }
            throw PyErrors.valueError("too many values to unpack (expected " + count + ")");
        }
        return items;
    }

    @TruffleBoundary
    static Object[] unpackStarred(Object sequence, int before, int after) {
        Object[] items = Iter.toArray(sequence);
        if (items.length < before + after) {
            throw PyErrors.valueError("not enough values to unpack (expected at least " + (before + after) + ", got " + items.length + ")");
        }
        Object[] result = new Object[before + 1 + after];
        System.arraycopy(items, 0, result, 0, before);
        PyList middle = new PyList();
        for (int i = before; i < items.length - after; i++) {
            middle.append(items[i]);
        }
        result[before] = middle;
        System.arraycopy(items, items.length - after, result, before + 1, after);
        return result;
    }
}
