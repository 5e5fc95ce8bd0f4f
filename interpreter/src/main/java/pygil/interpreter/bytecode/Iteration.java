package pygil.interpreter.bytecode;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

import pygil.runtime.ops.Iter;

/** for-loops and unpacking over the runtime's iterator protocol. */
final class Iteration {
    private Iteration() {}

    @TruffleBoundary
    static Object getIter(Object iterable) {
        return Iter.getIter(iterable);
    }

    /** The next item, or {@link Iter#STOP} when the iterator is exhausted. */
    @TruffleBoundary
    static Object next(Object iterator) {
        return Iter.next(iterator);
    }

    @TruffleBoundary
    static Object[] unpack(Object sequence, int count) {
        return Iter.unpack(sequence, count);
    }

    /** before + 1 (a new list of the middle items) + after items. */
    @TruffleBoundary
    static Object[] unpackStarred(Object sequence, int before, int after) {
        return Iter.unpackEx(sequence, before, after);
    }
}
