/**
 * The abstract object protocols (Equivalent of CPython's {@code Objects/abstract.c} and
 * {@code Objects/object.c}): attributes ({@link pygil.runtime.ops.Attr}), operators
 * ({@link pygil.runtime.ops.Binary}, {@link pygil.runtime.ops.Compare}), truth, hashing,
 * reprs, iteration and subscription. These are the uncached slow paths; the interpreter's
 * nodes specialize the common cases and call these for the rest. Entry points that may run
 * arbitrary Python code are {@code @TruffleBoundary}.
 */
package pygil.runtime.ops;
