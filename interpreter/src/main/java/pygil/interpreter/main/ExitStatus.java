package pygil.interpreter.main;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

import pygil.runtime.error.PyBaseException;
import pygil.runtime.object.PNone;
import pygil.runtime.ops.Repr;

/** The process exit status a {@code SystemExit} asks for (Equivalent of {@code _Py_HandleSystemExit}). */
final class ExitStatus {
    private ExitStatus() {}

    /**
     * {@code SystemExit()} / {@code SystemExit(None)} exit 0; an int exits with it; anything
     * else is printed to stderr and exits 1. Answers the status, and the text to print (or null).
     */
    @TruffleBoundary
    static Object[] of(PyBaseException systemExit) {
        Object[] args = systemExit.getArgs().items;
        Object code = args.length == 0 ? PNone.NONE : args.length == 1 ? args[0] : systemExit.getArgs();
        if (code == PNone.NONE) {
            return new Object[]{0, null};
        }
        if (code instanceof Long l) {
            return new Object[]{(int) (long) l, null};
        }
        if (code instanceof Boolean bool) {
            return new Object[]{bool ? 1 : 0, null};
        }
        return new Object[]{1, Repr.str(code) + "\n"};
    }
}
