package pygil.stdlib.process;

import pygil.runtime.module.ModuleHost;

/**
 * Blocking waits of the process calls ({@code wait}, {@code communicate}, {@code waitpid},
 * pipe reads and writes): each runs through {@link ModuleHost#blocking}, so without the GIL
 * (Equivalent of CPython's {@code Py_BEGIN_ALLOW_THREADS} around {@code waitpid},
 * {@code read}, {@code write}, {@code select}). An interrupted wait (a signal reached the main
 * thread) runs the pending signal handlers with the GIL held, which may raise
 * KeyboardInterrupt, then waits again, as CPython retries a system call after EINTR (PEP 475).
 * The wait itself must touch only Java objects and compute its time limit from a deadline
 * fixed before the first try.
 */
final class Waits {
    private Waits() {}

    @FunctionalInterface
    interface Wait<T> {
        T run() throws InterruptedException;
    }

    static <T> T await(ModuleHost host, Wait<T> wait) {
        while (true) {
            boolean[] interrupted = {false};
            T v = host.blocking(() -> {
                try {
                    return wait.run();
                } catch (InterruptedException e) {
                    interrupted[0] = true;
                    return null;
                }
            });
            if (!interrupted[0]) {
                return v;
            }
            host.checkSignals();
        }
    }

    /** Nanoseconds left until {@code deadline} (never negative), or -1 for no deadline ({@code Long.MIN_VALUE}). */
    static long left(long deadline) {
        return deadline == Long.MIN_VALUE ? -1 : Math.max(0, deadline - System.nanoTime());
    }

    /** A deadline {@code timeout} seconds from now ({@code Long.MIN_VALUE} for None). */
    static long deadline(Object timeout) {
        if (timeout == null || timeout == pygil.runtime.object.PNone.NONE) {
            return Long.MIN_VALUE;
        }
        double s = pygil.runtime.ops.Numbers.toDouble(timeout);
        return System.nanoTime() + Math.max(0, Communication.nanos(s));
    }
}
