package pygil.interpreter.bytecode;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.exception.AbstractTruffleException;

import pygil.runtime.builtins.BuiltinTypes;
import pygil.runtime.call.Call;
import pygil.runtime.error.ExceptionTypes;
import pygil.runtime.error.PyBaseException;
import pygil.runtime.error.PyErrors;
import pygil.runtime.error.PyException;
import pygil.runtime.object.PNone;
import pygil.runtime.object.PyTuple;
import pygil.runtime.object.PyType;

/** raise, except matching, and exception chaining (Equivalent of ceval's {@code do_raise}). */
final class Exceptions {
    private Exceptions() {}

    /** {@code raise exc from cause}: exc may be a class (instantiated) or an instance. */
    @TruffleBoundary
    static PyException raise(Object exception, Object cause) {
        PyBaseException exc = instantiate(exception, "exceptions must derive from BaseException");
        if (cause != null) {
            if (cause == PNone.NONE) {
                exc.setCause(PNone.NONE);
            } else {
                exc.setCause(instantiate(cause, "exception causes must derive from BaseException"));
            }
            exc.suppressContext = true;
        }
        return new PyException(exc);
    }

    private static PyBaseException instantiate(Object value, String message) {
        if (value instanceof PyBaseException e) {
            return e;
        }
        if (value instanceof PyType t && t.isSubtypeOf(ExceptionTypes.BASE_EXCEPTION)) {
            Object instance = Call.call(t, new Object[0], pygil.runtime.call.ArgBinder.NO_KEYWORDS);
            if (instance instanceof PyBaseException e) {
                return e;
            }
            throw PyErrors.typeError("calling " + pygil.runtime.ops.Repr.repr(t) + " should have returned an instance of BaseException, not "
                            + BuiltinTypes.typeOf(instance).getName());
        }
        throw PyErrors.typeError(message);
    }

    @TruffleBoundary
    static RuntimeException reraise(Object caught) {
        if (caught == null || caught == PNone.NONE) {
            return PyErrors.runtimeError("No active exception to reraise");
        }
        if (caught instanceof AbstractTruffleException e) {
            throw e;
        }
        if (caught instanceof PyBaseException e) {
            return new PyException(e);
        }
        return PyErrors.runtimeError("No active exception to reraise");
    }

    @TruffleBoundary
    static boolean matches(Object caught, Object type) {
        if (!(caught instanceof PyException pe)) {
            return false;
        }
        PyType excType = pe.exception.getType();
        if (type instanceof PyTuple tuple) {
            for (Object t : tuple.items) {
                if (matchesOne(excType, t)) {
                    return true;
                }
            }
            return false;
        }
        return matchesOne(excType, type);
    }

    private static boolean matchesOne(PyType excType, Object type) {
        if (type instanceof PyType t && t.isSubtypeOf(ExceptionTypes.BASE_EXCEPTION)) {
            return excType.isSubtypeOf(t);
        }
        throw PyErrors.typeError("catching classes that do not inherit from BaseException is not allowed");
    }

    static Object value(Object caught) {
        return ((PyException) caught).exception;
    }

    /** Releases a carrier's reference to its exception (at most once). */
    static void dispose(Object caught) {
        if (caught instanceof PyException pe) {
            pe.dispose();
        }
    }

    static Object valueOrNull(Object caught) {
        return caught instanceof PyException pe ? pe.exception : null;
    }

    /** Implicit chaining: an exception raised while handling another records it as context. */
    @TruffleBoundary
    static void chainContext(Object escaping, Object handled) {
        if (escaping instanceof PyException esc && handled instanceof PyException h && esc.exception != h.exception) {
            PyBaseException e = esc.exception;
            if (e.getContext() == null) {
                // avoid creating a cycle when the handled exception is already in e's chain
                Object c = h.exception;
                while (c instanceof PyBaseException ce) {
                    if (ce == e) {
                        return;
                    }
                    c = ce.getContext();
                }
                e.setContext(h.exception);
            }
        }
    }

    @TruffleBoundary
    static PyException assertionError(Object message) {
        PyBaseException e = message == null ? PyErrors.newException(ExceptionTypes.ASSERTION_ERROR)
                        : PyErrors.newException(ExceptionTypes.ASSERTION_ERROR, message);
        return new PyException(e);
    }
}
