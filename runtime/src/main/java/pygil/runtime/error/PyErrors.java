package pygil.runtime.error;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

import pygil.runtime.builtins.BuiltinTypes;
import pygil.runtime.builtins.ExceptionMethods;
import pygil.runtime.object.PyTuple;
import pygil.runtime.object.PyType;

/**
 * Factories for the Python exceptions that Java code raises ("Equivalent of
 * {@code PyErr_SetString}"). Callers write {@code throw PyErrors.typeError("...")}.
 *
 * <p>CONTRACT: these signatures are used across modules; keep them stable.
 */
public final class PyErrors {
    private PyErrors() {}

    @TruffleBoundary
    public static PyException typeError(String msg) { return raise(ExceptionTypes.TYPE_ERROR, msg); }
    @TruffleBoundary
    public static PyException valueError(String msg) { return raise(ExceptionTypes.VALUE_ERROR, msg); }
    @TruffleBoundary
    public static PyException zeroDivisionError(String msg) { return raise(ExceptionTypes.ZERO_DIVISION_ERROR, msg); }
    @TruffleBoundary
    public static PyException overflowError(String msg) { return raise(ExceptionTypes.OVERFLOW_ERROR, msg); }
    @TruffleBoundary
    public static PyException indexError(String msg) { return raise(ExceptionTypes.INDEX_ERROR, msg); }
    @TruffleBoundary
    public static PyException attributeError(String msg) { return raise(ExceptionTypes.ATTRIBUTE_ERROR, msg); }
    @TruffleBoundary
    public static PyException nameError(String msg) { return raise(ExceptionTypes.NAME_ERROR, msg); }
    @TruffleBoundary
    public static PyException runtimeError(String msg) { return raise(ExceptionTypes.RUNTIME_ERROR, msg); }
    @TruffleBoundary
    public static PyException notImplementedError(String msg) { return raise(ExceptionTypes.NOT_IMPLEMENTED_ERROR, msg); }
    /** A {@code UnicodeDecodeError} carrying only a message (prefer {@link #newException} with 5 args). */
    @TruffleBoundary
    public static PyException unicodeError(String msg) { return raise(ExceptionTypes.UNICODE_ERROR, msg); }
    /** {@code KeyError(key)}: its str is the key's repr. */
    @TruffleBoundary
    public static PyException keyError(Object key) { return raise(ExceptionTypes.KEY_ERROR, key); }

    @TruffleBoundary
    public static PyException stopIteration(Object value) {
        return value == null ? raise(ExceptionTypes.STOP_ITERATION) : raise(ExceptionTypes.STOP_ITERATION, value);
    }
    @TruffleBoundary
    public static PyException lookupError(String msg) { return raise(ExceptionTypes.LOOKUP_ERROR, msg); }
    @TruffleBoundary
    public static PyException unboundLocalError(String msg) { return raise(ExceptionTypes.UNBOUND_LOCAL_ERROR, msg); }
    @TruffleBoundary
    public static PyException assertionError(String msg) { return raise(ExceptionTypes.ASSERTION_ERROR, msg); }
    @TruffleBoundary
    public static PyException recursionError(String msg) { return raise(ExceptionTypes.RECURSION_ERROR, msg); }
    @TruffleBoundary
    public static PyException importError(String msg) { return raise(ExceptionTypes.IMPORT_ERROR, msg); }
    @TruffleBoundary
    public static PyException moduleNotFoundError(String msg) { return raise(ExceptionTypes.MODULE_NOT_FOUND_ERROR, msg); }
    @TruffleBoundary
    public static PyException osError(String msg) { return raise(ExceptionTypes.OS_ERROR, msg); }
    @TruffleBoundary
    public static PyException eofError(String msg) { return raise(ExceptionTypes.EOF_ERROR, msg); }
    @TruffleBoundary
    public static PyException systemError(String msg) { return raise(ExceptionTypes.SYSTEM_ERROR, msg); }
    @TruffleBoundary
    public static PyException memoryError() { return raise(ExceptionTypes.MEMORY_ERROR); }

    /** A carrier for a new exception of {@code type} with {@code args} (ready to throw). */
    @TruffleBoundary
    public static PyException raise(PyType type, Object... args) {
        return new PyException(newException(type, args));
    }

    /**
     * A new exception instance, as {@code type(*args)} would make it for the builtin exception
     * classes: args set, and the type-specific attributes ({@code StopIteration.value},
     * {@code SystemExit.code}, {@code OSError.errno}, ...) initialized.
     */
    @TruffleBoundary
    public static PyBaseException newException(PyType type, Object... args) {
        if (!type.isSubtypeOf(ExceptionTypes.BASE_EXCEPTION)) {
            throw typeError("exceptions must derive from BaseException");
        }
        if (type == ExceptionTypes.OS_ERROR && args.length >= 2) {
            type = ExceptionMethods.osErrorSubclass(args[0]);
        }
        Object o = type.newInstance();
        PyBaseException e = (PyBaseException) o;
        PyTuple t = PyTuple.of(args);
        e.setArgs(t);
        ExceptionMethods.initBuiltinAttributes(e, args);
        return e;
    }

    /** The type name of a value, for messages ({@code type(v).__name__}). */
    public static String typeName(Object v) {
        return BuiltinTypes.typeOf(v).getName();
    }
}
