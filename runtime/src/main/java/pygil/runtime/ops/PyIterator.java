package pygil.runtime.ops;

/**
 * A builtin iterator (Equivalent of a type with {@code tp_iternext}): every builtin iterator and
 * the interpreter's generators implement it. {@link #next()} returns {@link Iter#STOP} when
 * exhausted instead of raising StopIteration.
 */
public interface PyIterator {
    /** The next item, or {@link Iter#STOP}. */
    Object next();

    /**
     * After {@link #next()} answered STOP: the value of the StopIteration that {@code next()}
     * raises (a generator's return value), or null for none.
     */
    default Object stopValue() {
        return null;
    }
}
