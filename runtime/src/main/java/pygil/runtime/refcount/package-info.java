/**
 * Reference counting: {@link pygil.runtime.refcount.RefCount} (the design notes), the
 * per-thread {@link pygil.runtime.refcount.ZeroCountTable} that defers releases to statement
 * boundaries, and {@link pygil.runtime.refcount.PyThreadState}.
 */
package pygil.runtime.refcount;
