package pygil.interpreter.bytecode;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

import pygil.runtime.builtins.BuiltinTypes;
import pygil.runtime.call.Call;
import pygil.runtime.error.PyErrors;
import pygil.runtime.error.PyException;
import pygil.runtime.object.PNone;
import pygil.runtime.ops.Attr;
import pygil.runtime.ops.Truth;

/**
 * The with statement (PEP 343): {@code __exit__} is looked up before {@code __enter__} is
 * called, both on the type; an exception in the body is offered to {@code __exit__}, and a true
 * result suppresses it.
 */
final class WithStatement {
    private WithStatement() {}

    @TruffleBoundary
    static Object exitMethod(Object manager) {
        if (Attr.lookupSpecial(manager, "__enter__") == null) {
            throw PyErrors.typeError("'" + BuiltinTypes.typeOf(manager).getName() + "' object does not support the context manager protocol");
        }
        if (Attr.lookupSpecial(manager, "__exit__") == null) {
            throw PyErrors.typeError("'" + BuiltinTypes.typeOf(manager).getName() + "' object does not support the context manager protocol (missed __exit__ method)");
        }
        return Attr.getAttr(manager, "__exit__");
    }

    @TruffleBoundary
    static Object enter(Object manager) {
        return Call.callMethod(manager, "__enter__");
    }

    @TruffleBoundary
    static boolean exitWithException(Object exitMethod, Object caught) {
        if (!(caught instanceof PyException pe)) {
            return false;
        }
        Object value = pe.exception;
        Object result = Call.call(exitMethod, new Object[]{pe.exception.getType(), value, tracebackOf(pe)}, pygil.runtime.call.ArgBinder.NO_KEYWORDS);
        return Truth.isTrue(result);
    }

    private static Object tracebackOf(PyException pe) {
        Object tb = pe.exception.getTraceback();
        return tb == null ? PNone.NONE : tb;
    }

    @TruffleBoundary
    static void exitNormally(Object exitMethod) {
        Call.call(exitMethod, new Object[]{PNone.NONE, PNone.NONE, PNone.NONE}, pygil.runtime.call.ArgBinder.NO_KEYWORDS);
    }
}
