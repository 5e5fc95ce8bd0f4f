package pygil.stdlib.process;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.nio.channels.Channels;
import java.nio.channels.Pipe;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import pygil.runtime.error.ExceptionTypes;
import pygil.runtime.error.PyErrors;
import pygil.runtime.module.ModuleHost;
import pygil.runtime.object.PNone;
import pygil.runtime.object.PyBytes;
import pygil.runtime.object.PyModule;
import pygil.runtime.object.PyTuple;
import pygil.runtime.ops.Numbers;
import pygil.stdlib.support.Defs;

/**
 * The process and pipe calls of {@code os}: {@code kill}, {@code waitpid} (children started by
 * {@code subprocess} or {@code os.system}), {@code system}, {@code pipe}/{@code read}/
 * {@code write}/{@code close} (on pipe descriptors, see {@link FdTable}; 0, 1 and 2 are the
 * program's standard streams), {@code getloadavg}, and the wait-status macros
 * ({@link WaitStatus}). Waits, reads and writes release the GIL ({@link Waits}).
 */
public final class ProcessCalls {
    private ProcessCalls() {}

    public static void install(PyModule m, ModuleHost host) {
        Children children = Children.of(host);
        FdTable fds = FdTable.of(host);
        WaitStatus.install(m);
        Defs.unpack(m, "kill", 2, 2, a -> kill(children, Numbers.asLong(a[0]), Numbers.asLong(a[1])));
        Defs.unpack(m, "waitpid", 2, 2, a -> waitpid(host, children, Numbers.asLong(a[0]), Numbers.asInt(a[1])));
        Defs.unpack(m, "system", 1, 1, a -> system(host, children, fds, (String) a[0]));
        Defs.noArgs(m, "pipe", "posix.pipe", () -> pipe(fds));
        Defs.unpack(m, "read", 2, 2, a -> read(host, fds, Numbers.asLong(a[0]), Numbers.asLong(a[1])));
        Defs.unpack(m, "write", 2, 2, a -> write(host, fds, Numbers.asLong(a[0]), a[1]));
        Defs.unpack(m, "close", 1, 1, a -> {
            fds.close(Numbers.asLong(a[0]));
            return PNone.NONE;
        });
        Defs.noArgs(m, "getloadavg", "posix.getloadavg", ProcessCalls::loadavg);
    }

    private static Object kill(Children children, long pid, long signal) {
        int sig = signal == 0 ? 0 : SignalNumbers.check(signal);
        Child child = children.byPid(pid);
        if (child != null && child.process.isAlive() && sig != 0) {
            child.signal(sig);
            return PNone.NONE;
        }
        if (pid <= 0 || ProcessHandle.of(pid).isEmpty() || (sig != 0 && !SignalNumbers.sendWithKillCommand(pid, sig))) {
            throw PyErrors.raise(ExceptionTypes.OS_ERROR, 3L, "No such process");
        }
        return PNone.NONE;
    }

    /** {@code os.waitpid(pid, options)}: pid > 0 one child; -1 or 0 any; WNOHANG answers (0, 0) if none has ended. */
    private static Object waitpid(ModuleHost host, Children children, long pid, int options) {
        List<Child> candidates = children.waitable(pid);
        if (candidates.isEmpty()) {
            throw Children.noChild();
        }
        Child done = candidates.stream().filter(c -> !c.process.isAlive()).findFirst().orElse(null);
        if (done == null && (options & 1) != 0) {
            return PyTuple.of(0L, 0L);
        }
        if (done == null) {
            CompletableFuture<?>[] exits = candidates.stream().map(c -> c.process.onExit()).toArray(CompletableFuture[]::new);
            Waits.await(host, () -> {
                try {
                    return CompletableFuture.anyOf(exits).get();
                } catch (java.util.concurrent.ExecutionException e) {
                    return null;
                }
            });
            done = candidates.stream().filter(c -> !c.process.isAlive()).findFirst().orElseThrow();
        }
        Child reaped = done;
        Waits.await(host, () -> reaped.waitFor(-1));
        reaped.reaped = true;
        return PyTuple.of(reaped.pid(), (long) reaped.waitStatus());
    }

    /** {@code os.system(command)}: {@code /bin/sh -c command} with the program's streams; the wait status. */
    private static Object system(ModuleHost host, Children children, FdTable fds, String command) {
        Launch.Plan plan = new Launch.Plan(host, Arrays.asList("/bin/sh", "-c", command), host.workingDirectory().toString(), null);
        plan.stdin(PNone.NONE);
        plan.output(1, PNone.NONE);
        plan.output(2, PNone.NONE);
        Child c = (Child) plan.start(children, fds)[0];
        try {
            Waits.await(host, () -> c.waitFor(-1));
            return (long) c.waitStatus();
        } finally {
            children.forget(c.handle);
        }
    }

    /** {@code os.pipe()}: an in-process pipe (a JVM {@link Pipe}) as two pipe descriptors (r, w). */
    private static Object pipe(FdTable fds) {
        try {
            Pipe p = Pipe.open();
            long r = fds.add(Endpoint.reading(Channels.newInputStream(p.source())));
            long w = fds.add(Endpoint.writing(Channels.newOutputStream(p.sink())));
            return PyTuple.of(r, w);
        } catch (IOException e) {
            throw PyErrors.raise(ExceptionTypes.OS_ERROR, 24L, "Too many open files");
        }
    }

    private static Object read(ModuleHost host, FdTable fds, long fd, long n) {
        if (n < 0) {
            throw PyErrors.valueError("negative count");
        }
        InputStream in = fd == 0 ? host.standardInput() : fds.get(fd).in;
        if (in == null) {
            throw FdTable.badDescriptor();
        }
        byte[] buf = new byte[(int) Math.min(n, 1 << 24)];
        int got = Waits.await(host, () -> {
            try {
                return Math.max(0, in.read(buf));
            } catch (IOException e) {
                return 0; // the write end broke: end-of-file
            }
        });
        return new PyBytes(Arrays.copyOf(buf, got));
    }

    private static Object write(ModuleHost host, FdTable fds, long fd, Object data) {
        if (!(data instanceof PyBytes b)) {
            throw PyErrors.typeError("a bytes-like object is required, not '" + PyErrors.typeName(data) + "'");
        }
        OutputStream out = fd == 1 ? host.standardOutput() : fd == 2 ? host.standardError() : fds.get(fd).out;
        if (out == null) {
            throw FdTable.badDescriptor();
        }
        boolean ok = Waits.await(host, () -> {
            try {
                out.write(b.bytes);
                out.flush();
                return true;
            } catch (IOException e) {
                return false;
            }
        });
        if (!ok) {
            throw PyErrors.raise(ExceptionTypes.BROKEN_PIPE_ERROR, 32L, "Broken pipe");
        }
        return (long) b.bytes.length;
    }

    private static Object loadavg() {
        try {
            String[] f = java.nio.file.Files.readString(java.nio.file.Path.of("/proc/loadavg")).trim().split("\\s+");
            return PyTuple.of(Double.parseDouble(f[0]), Double.parseDouble(f[1]), Double.parseDouble(f[2]));
        } catch (IOException | RuntimeException e) {
            double one = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
            if (one < 0) {
                throw PyErrors.osError("Load averages are unobtainable");
            }
            return PyTuple.of(one, one, one);
        }
    }
}
