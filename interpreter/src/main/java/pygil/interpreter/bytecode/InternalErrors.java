package pygil.interpreter.bytecode;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

import pygil.runtime.error.PyErrors;

/**
 * Turns Java errors escaping an instruction into Python ones: a {@link StackOverflowError}
 * becomes {@code RecursionError}. Anything else is an interpreter bug; it is reported as a
 * {@code SystemError} naming the Java exception, so the user sees one clear line instead of a
 * Java stack trace (and the test suite can detect it).
 */
final class InternalErrors {
    private InternalErrors() {}

    @TruffleBoundary
    static Throwable translate(Throwable t) {
        if (t instanceof StackOverflowError) {
            return PyErrors.recursionError("maximum recursion depth exceeded");
        }
        if (t instanceof VirtualMachineError || t.getClass().getName().contains("ThreadDeath") || t.getClass().getName().contains("Cancel")) {
            return t;
        }
        if (Boolean.getBoolean("pygil.debug")) {
            t.printStackTrace();
        }
        return PyErrors.systemError("internal error: " + t);
    }
}
