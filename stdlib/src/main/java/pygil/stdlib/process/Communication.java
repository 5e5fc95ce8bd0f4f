package pygil.stdlib.process;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.concurrent.TimeUnit;

/**
 * One {@code Popen.communicate()} in progress (Equivalent of the {@code selectors} loop of
 * CPython's {@code Popen._communicate}): a thread writes the input and closes the child's
 * stdin, one thread per captured stream reads it to end-of-file into memory.
 *
 * <h2>Design notes</h2>
 * <ul>
 * <li>No deadlock on large data: writing and each read run on their own threads, so a child
 * that fills its stdout pipe while we still write its stdin is always being drained.</li>
 * <li>The communication owns its pipe ends (taken out of the program's descriptor table before
 * it starts) and releases each when its thread ends.</li>
 * <li>A time-out leaves the threads running: a later {@code communicate()} on the same child
 * finds this object (at most one per child, {@link Child#communication}) and waits again, and
 * nothing read so far is lost, as CPython keeps its partial output across TimeoutExpired.</li>
 * <li>The collected bytes are complete once every thread has ended ({@link #await} returned
 * true); after a time-out they are a snapshot ({@link ByteArrayOutputStream} is
 * synchronized), as CPython's TimeoutExpired carries the output read so far.</li>
 * </ul>
 */
final class Communication {
    private final Thread[] threads = new Thread[3];
    private final ByteArrayOutputStream out;
    private final ByteArrayOutputStream err;

    Communication(long pid, Endpoint stdin, byte[] input, Endpoint stdout, Endpoint stderr) {
        out = stdout == null ? null : new ByteArrayOutputStream();
        err = stderr == null ? null : new ByteArrayOutputStream();
        if (stdin != null) {
            threads[0] = thread("pygil-communicate-in-" + pid, () -> {
                try {
                    if (input != null && input.length > 0) {
                        stdin.out.write(input);
                        stdin.out.flush();
                    }
                } catch (IOException e) {
                    // the child exited without reading everything (EPIPE): CPython ignores it too
                } finally {
                    stdin.release();
                }
            });
        }
        threads[1] = collect("pygil-communicate-out-" + pid, stdout, out);
        threads[2] = collect("pygil-communicate-err-" + pid, stderr, err);
    }

    private static Thread collect(String name, Endpoint from, ByteArrayOutputStream into) {
        if (from == null) {
            return null;
        }
        return thread(name, () -> {
            try {
                Pump.copy(from.in, into);
            } finally {
                from.release();
            }
        });
    }

    private static Thread thread(String name, Runnable r) {
        Thread t = new Thread(r, name);
        t.setDaemon(true);
        t.start();
        return t;
    }

    /** Waits until all streams are done, or {@code timeoutNanos} (negative: no limit) passes. Blocks. */
    boolean await(long timeoutNanos) throws InterruptedException {
        long deadline = System.nanoTime() + timeoutNanos;
        for (Thread t : threads) {
            if (t == null) {
                continue;
            }
            if (timeoutNanos < 0) {
                t.join();
            } else {
                if (!t.join(java.time.Duration.ofNanos(Math.max(0, deadline - System.nanoTime())))) {
                    return false;
                }
            }
        }
        return true;
    }

    byte[] out() {
        return out == null ? null : out.toByteArray();
    }

    byte[] err() {
        return err == null ? null : err.toByteArray();
    }

    static long nanos(double seconds) {
        return (long) Math.ceil(seconds * TimeUnit.SECONDS.toNanos(1));
    }
}
