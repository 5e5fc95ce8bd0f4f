package pygil.stdlib.process;

import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A child process started by {@code subprocess.Popen} or {@code os.system} (Equivalent of what
 * CPython's {@code Popen} keeps about its child, with the waiting of {@code os.waitpid}).
 *
 * <h2>Design notes</h2>
 * <ul>
 * <li>Reaping: the JVM's process reaper collects every child's exit status as soon as it ends,
 * so no zombie outlives its child; {@link Process#exitValue} keeps the status for us.</li>
 * <li>Exit statuses: the JVM reports a child killed by signal N as 128+N, like a shell. When
 * the status is 128+N and this program sent signal N to the child, {@link #returncode} answers
 * -N as CPython does; a child killed by someone else's signal reads 128+N (see README).</li>
 * <li>Pumps (output copied into the program's own streams) belong to the child: a wait
 * returns only once they have copied what the child wrote, so output never trails the
 * return of {@code wait()}. A pump held open by a grandchild is waited for at most
 * {@link #PUMP_GRACE_MS} after the child ends.</li>
 * <li>Any thread may wait, poll or signal at the same time: the state is the {@link Process}
 * (thread-safe), the volatile {@link #signalSent}, {@link #reaped}, and the communication,
 * created once under the child's lock.</li>
 * </ul>
 */
final class Child {
    private static final long PUMP_GRACE_MS = 1000;
    final long handle;
    final Process process;
    private final List<Thread> pumps;
    private volatile int signalSent;
    /** Set once {@code os.waitpid} has collected the status: the pid is no longer a child. */
    volatile boolean reaped;
    private Communication communication;

    Child(long handle, Process process, List<Thread> pumps) {
        this.handle = handle;
        this.process = process;
        this.pumps = pumps;
    }

    long pid() {
        return process.pid();
    }

    /** The return code once the child has ended (and its pumps have finished), else null. */
    Integer poll() {
        if (process.isAlive()) {
            return null;
        }
        finishPumps();
        return returncode();
    }

    /**
     * Waits up to {@code timeoutNanos} (negative: forever) for the child to end. Blocks: call it
     * without the GIL. Answers the return code, or null on timeout.
     */
    Integer waitFor(long timeoutNanos) throws InterruptedException {
        if (timeoutNanos < 0) {
            process.waitFor();
        } else if (!process.waitFor(timeoutNanos, TimeUnit.NANOSECONDS)) {
            return null;
        }
        finishPumps();
        return returncode();
    }

    private void finishPumps() {
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(PUMP_GRACE_MS);
        for (Thread t : pumps) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                return;
            }
            try {
                t.join(Math.max(1, TimeUnit.NANOSECONDS.toMillis(left)));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    /** CPython's {@code returncode} of an ended child: the exit status, or -N for our signal N. */
    int returncode() {
        int v = process.exitValue();
        int s = signalSent;
        return s != 0 && v == 128 + s ? -s : v;
    }

    /** The status {@code os.waitpid} reports: exit code in the high byte, or the signal number. */
    int waitStatus() {
        int rc = returncode();
        return rc < 0 ? -rc : (rc & 0xff) << 8;
    }

    /**
     * Sends signal {@code sig}: SIGTERM and SIGKILL through the JVM, others through
     * {@code kill(1)}. Nothing happens once the child has ended (CPython does the same).
     */
    void signal(int sig) {
        if (!process.isAlive()) {
            return;
        }
        signalSent = sig;
        if (sig == SignalNumbers.SIGKILL) {
            process.destroyForcibly();
        } else if (sig == SignalNumbers.SIGTERM) {
            process.destroy();
        } else {
            SignalNumbers.sendWithKillCommand(pid(), sig);
        }
    }

    synchronized Communication communication(java.util.function.Supplier<Communication> start) {
        if (communication == null) {
            communication = start.get();
        }
        return communication;
    }
}
