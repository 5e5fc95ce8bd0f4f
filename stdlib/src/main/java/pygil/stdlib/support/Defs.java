package pygil.stdlib.support;

import java.util.function.Function;
import java.util.function.Supplier;

import pygil.runtime.call.ArgParser;
import pygil.runtime.object.BuiltinImpl;
import pygil.runtime.object.PyBuiltinFunction;
import pygil.runtime.object.PyModule;

/**
 * Puts module-level builtin functions into a module's dict, checking arguments the way the
 * CPython C function is declared, with its messages ({@code m} is the module name, used in the
 * {@code _PyObject_FunctionStr} form "math.sqrt()"):
 * <ul>
 * <li>{@link #noArgs}: {@code METH_NOARGS}, "time.time() takes no arguments (1 given)";</li>
 * <li>{@link #one}: {@code METH_O}, "math.sqrt() takes exactly one argument (2 given)";</li>
 * <li>{@link #unpack}: Argument Clinic positional-only parameters,
 * "atan2 expected 2 arguments, got 1", "math.atan2() takes no keyword arguments";</li>
 * <li>{@link #raw}: the function parses its own arguments.</li>
 * </ul>
 * The functions are immortal (a module's functions live as long as the interpreter).
 */
public final class Defs {
    private Defs() {}

    /** A function of its positional arguments (already counted). */
    @FunctionalInterface
    public interface Positional {
        Object call(Object[] args);
    }

    /** Defines {@code name} with the raw builtin calling convention. */
    public static void raw(PyModule m, String name, BuiltinImpl impl) {
        m.getDict().putString(name, new PyBuiltinFunction(name, impl).makeImmortal());
    }

    /** A {@code METH_NOARGS} function. */
    public static void noArgs(PyModule m, String name, Supplier<Object> f) {
        noArgs(m, name, m.name + "." + name, f);
    }

    /** A {@code METH_NOARGS} function whose messages name it {@code qualified} ("posix.getcwd"). */
    public static void noArgs(PyModule m, String name, String qualified, Supplier<Object> f) {
        raw(m, name, (args, kw) -> {
            ArgParser.none(qualified, args, kw);
            return f.get();
        });
    }

    /** A {@code METH_O} function. */
    public static void one(PyModule m, String name, Function<Object, Object> f) {
        one(m, name, m.name + "." + name, f);
    }

    /** A {@code METH_O} function whose messages name it {@code qualified}. */
    public static void one(PyModule m, String name, String qualified, Function<Object, Object> f) {
        raw(m, name, (args, kw) -> f.apply(ArgParser.one(qualified, args, kw)));
    }

    /** {@code min..max} positional-only arguments, checked as {@code PyArg_UnpackTuple} does. */
    public static void unpack(PyModule m, String name, int min, int max, Positional f) {
        String qualified = m.name + "." + name;
        raw(m, name, (args, kw) -> {
            ArgParser.noKeywords(qualified, kw);
            return f.call(ArgParser.unpack(name, args, kw, min, max));
        });
    }

    /**
     * {@code *args} only: "math.gcd() takes no keyword arguments".
     */
    public static void varargs(PyModule m, String name, Positional f) {
        String qualified = m.name + "." + name;
        raw(m, name, (args, kw) -> {
            ArgParser.noKeywords(qualified, kw);
            return f.call(args);
        });
    }

    /** The positional arguments, or null for absent ones, padded to {@code n}. */
    public static Object arg(Object[] args, int i) {
        return i < args.length ? args[i] : null;
    }
}
