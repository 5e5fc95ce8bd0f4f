package pygil.runtime.ops;

/**
 * A builtin iterator (Equivalent of a type with {@code tp_iternext}): every builtin iterator and
 * the interpreter's generators implement it. {@link #next()} returns {@link Iter#STOP} when
 * exhausted instead of raising StopIteration.
 */
public interface PyIterator {
    /** The next item, or {@link Iter#STOP}. */
    Object next();
}
