package pygil.interpreter.bytecode;

import pygil.runtime.ops.Compare;

/**
 * The public face of this package's instruction helpers, for the proxied instruction nodes in
 * {@code pygil.interpreter.bytecode.ops} (which live in their own package).
 */
public final class Helpers {
    private Helpers() {}

    public static boolean is(Object a, Object b) {
        return FrameOps.is(a, b);
    }

    public static boolean contains(Object container, Object item) {
        return Compare.contains(container, item);
    }

    public static RuntimeException raise(Object exception, Object cause) {
        return Exceptions.raise(exception, cause);
    }

    public static RuntimeException reraise(Object caught) {
        return Exceptions.reraise(caught);
    }

    public static boolean matches(Object caught, Object type) {
        return Exceptions.matches(caught, type);
    }

    public static Object value(Object caught) {
        return Exceptions.value(caught);
    }

    public static void chainContext(Object escaping, Object handled) {
        Exceptions.chainContext(escaping, handled);
    }

    public static RuntimeException assertionError(Object message) {
        return Exceptions.assertionError(message);
    }

    public static void dispose(Object caught) {
        Exceptions.dispose(caught);
    }

    public static Object exitMethod(Object manager) {
        return WithStatement.exitMethod(manager);
    }

    public static Object enter(Object manager) {
        return WithStatement.enter(manager);
    }

    public static boolean exitWithException(Object exitMethod, Object caught) {
        return WithStatement.exitWithException(exitMethod, caught);
    }

    public static void exitNormally(Object exitMethod) {
        WithStatement.exitNormally(exitMethod);
    }
}
