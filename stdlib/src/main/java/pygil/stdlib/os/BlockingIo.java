package pygil.stdlib.os;

import java.io.IOException;

import pygil.runtime.module.ModuleHost;

/**
 * Runs a file-system call through {@link ModuleHost#blocking}, where the GIL is released (as
 * CPython's {@code posixmodule.c} wraps its system calls in {@code Py_BEGIN_ALLOW_THREADS}).
 * The action must touch only Java objects, never Python ones; an {@link IOException} it throws
 * is rethrown once the call is back under the GIL.
 */
final class BlockingIo {
    private BlockingIo() {}

    /** A file-system call. */
    @FunctionalInterface
    interface Action<T> {
        T run() throws IOException;
    }

    static <T> T call(ModuleHost host, Action<T> action) throws IOException {
        IOException[] failure = new IOException[1];
        T result = host.blocking(() -> {
            try {
                return action.run();
            } catch (IOException e) {
                failure[0] = e;
                return null;
            }
        });
        if (failure[0] != null) {
            throw failure[0];
        }
        return result;
    }

    /** A call that cannot fail with an IOException (a query such as {@code Files.exists}). */
    static <T> T query(ModuleHost host, java.util.function.Supplier<T> action) {
        return host.blocking(action);
    }
}
