package pygil.runtime.error;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.exception.AbstractTruffleException;
import com.oracle.truffle.api.nodes.Node;

import pygil.runtime.object.PyType;

/**
 * The Java carrier of a raised Python exception (Equivalent of CPython's "current exception"
 * while it propagates). No Java stack trace is captured ({@code AbstractTruffleException}
 * fills in none); Truffle records the guest stack.
 *
 * <p>Reference counting: a carrier owns one reference to its {@link #exception}, taken at
 * construction, so that an exception in flight is not released by the flushes of the frames it
 * unwinds. The interpreter calls {@link #dispose()} when it is done with a carrier (the handler
 * finished, or the exception was printed); until then the exception object stays alive.
 */
public final class PyException extends AbstractTruffleException {
    private static final long serialVersionUID = 1L;

    public final PyBaseException exception;
    private boolean disposed;

    public PyException(PyBaseException e) {
        super();
        this.exception = e;
        e.incRef();
    }

    public PyException(PyBaseException e, Node location) {
        super(location);
        this.exception = e;
        e.incRef();
    }

    /** The Python type of the exception. */
    public PyType getPyType() {
        return exception.getType();
    }

    /** True if the exception is an instance of {@code type}. */
    public boolean matches(PyType type) {
        return exception.getType().isSubtypeOf(type);
    }

    /** Drops the carrier's reference to the exception (at most once). */
    public void dispose() {
        if (!disposed) {
            disposed = true;
            exception.decRef();
        }
    }

    /** "TypeError: message", as the last line of a traceback (for Java-side diagnostics). */
    @Override
    @TruffleBoundary
    public String getMessage() {
        return exception.formatForTraceback();
    }

    /** The name of the exception's type (e.g. "TypeError"). */
    public String typeName() {
        return exception.getType().getName();
    }
}
