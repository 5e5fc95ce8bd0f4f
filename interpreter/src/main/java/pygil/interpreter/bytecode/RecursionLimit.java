package pygil.interpreter.bytecode;

/**
 * {@code sys.getrecursionlimit()} / {@code sys.setrecursionlimit()}: the Python call depth past
 * which a call raises RecursionError (CPython's default is 1000). The launcher runs the main
 * thread on a stack large enough for deep limits; a Java stack overflow that still happens is
 * turned into RecursionError as well (see InternalErrors).
 */
public final class RecursionLimit {
    private static volatile int limit = 1000;

    private RecursionLimit() {}

    public static int get() {
        return limit;
    }

    public static void set(int value) {
        limit = value;
    }
}
