package pygil.stdlib.time;

import java.lang.management.ManagementFactory;
import java.math.BigInteger;
import java.time.Instant;

import pygil.runtime.error.PyErrors;
import pygil.runtime.module.ModuleHost;
import pygil.runtime.object.PyModule;
import pygil.runtime.ops.Numbers;
import pygil.stdlib.support.Defs;

/**
 * The clocks of {@code time} and {@code time.sleep} (Equivalent of {@code time_time},
 * {@code time_perf_counter}, {@code time_monotonic}, {@code time_process_time},
 * {@code time_thread_time}, their {@code _ns} variants, and {@code time_sleep}). Float results
 * are the nanosecond count divided by 1e9, as {@code _PyTime_AsSecondsDouble} computes them.
 */
final class Clocks {
    private Clocks() {}

    static void install(PyModule m, ModuleHost host) {
        Defs.noArgs(m, "time", () -> seconds(timeNs()));
        Defs.noArgs(m, "time_ns", Clocks::timeNs);
        Defs.noArgs(m, "perf_counter", () -> seconds(System.nanoTime()));
        Defs.noArgs(m, "perf_counter_ns", System::nanoTime);
        Defs.noArgs(m, "monotonic", () -> seconds(System.nanoTime()));
        Defs.noArgs(m, "monotonic_ns", System::nanoTime);
        Defs.noArgs(m, "process_time", () -> seconds(processTimeNs()));
        Defs.noArgs(m, "process_time_ns", Clocks::processTimeNs);
        Defs.noArgs(m, "thread_time", () -> seconds(threadTimeNs()));
        Defs.noArgs(m, "thread_time_ns", Clocks::threadTimeNs);
        Defs.one(m, "sleep", secs -> sleep(host, secs));
    }

    private static double seconds(long ns) {
        return ns / 1e9;
    }

    /** Nanoseconds since the Unix epoch. */
    static long timeNs() {
        Instant now = Instant.now();
        return now.getEpochSecond() * 1_000_000_000L + now.getNano();
    }

    /** CPU time of the process (all threads), in nanoseconds. */
    static long processTimeNs() {
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            long t = os.getProcessCpuTime();
            if (t >= 0) {
                return t;
            }
        }
        return ProcessHandle.current().info().totalCpuDuration().map(java.time.Duration::toNanos).orElse(0L);
    }

    /** CPU time of the current thread, in nanoseconds. */
    static long threadTimeNs() {
        var threads = ManagementFactory.getThreadMXBean();
        if (threads.isCurrentThreadCpuTimeSupported()) {
            return threads.getCurrentThreadCpuTime();
        }
        return processTimeNs();
    }

    /**
     * {@code time.sleep(secs)}: {@code secs} converted as {@code _PyTime_FromSecondsObject}
     * with rounding up, then a blocking wait through {@link ModuleHost#blocking} (where the
     * GIL is released).
     */
    static Object sleep(ModuleHost host, Object secs) {
        long ns = timeoutNanos(secs);
        if (ns < 0) {
            throw PyErrors.valueError("sleep length must be non-negative");
        }
        host.blocking(() -> {
            try {
                Thread.sleep(ns / 1_000_000L, (int) (ns % 1_000_000L));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return null;
        });
        return pygil.runtime.object.PNone.NONE;
    }

    /** Seconds (int or float) as nanoseconds, rounded away from zero. */
    static long timeoutNanos(Object secs) {
        if (secs instanceof Double d) {
            if (Double.isNaN(d)) {
                throw PyErrors.valueError("Invalid value NaN (not a number)");
            }
            double ns = d * 1e9;
            ns = ns >= 0 ? Math.ceil(ns) : Math.floor(ns);
            if (!(ns >= -0x1p63 && ns < 0x1p63)) {
                throw PyErrors.overflowError("timestamp out of range for platform time_t");
            }
            return (long) ns;
        }
        Object i = Numbers.index(secs);
        BigInteger ns = pygil.runtime.num.IntMath.big(i).multiply(BigInteger.valueOf(1_000_000_000L));
        if (ns.bitLength() > 63) {
            throw PyErrors.overflowError("timestamp too large to convert to C _PyTime_t");
        }
        return ns.longValue();
    }
}
