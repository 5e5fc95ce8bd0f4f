package pygil.stdlib.process;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import pygil.runtime.error.PyErrors;
import pygil.runtime.module.BuiltinModule;
import pygil.runtime.module.ModuleHost;
import pygil.runtime.object.PNone;
import pygil.runtime.object.PyBytes;
import pygil.runtime.object.PyDict;
import pygil.runtime.object.PyList;
import pygil.runtime.object.PyModule;
import pygil.runtime.object.PyTuple;
import pygil.runtime.ops.Numbers;
import pygil.stdlib.os.OsErrors;
import pygil.stdlib.support.Defs;

/**
 * {@code _subprocess}: the Java core under {@code subprocess.py} (pygil's own module, in the
 * role of CPython's {@code _posixsubprocess} plus the waiting and piping {@code Popen} does
 * with {@code os} calls). A child is named by a handle; its PIPE streams are pipe descriptors
 * that {@code os.read}/{@code os.write}/{@code os.close} accept.
 * <ul>
 * <li>{@code spawn(argv, cwd, env, stdin, stdout, stderr)} -> {@code (handle, pid, stdin_fd,
 * stdout_fd, stderr_fd)} (None where not PIPE; stream specs as {@link Launch});</li>
 * <li>{@code wait(handle, timeout)} -> return code, or None on timeout; {@code poll(handle)};</li>
 * <li>{@code send_signal(handle, sig)}; {@code forget(handle)} (Popen is gone);</li>
 * <li>{@code communicate(handle, input, stdin_fd, stdout_fd, stderr_fd, timeout)} ->
 * {@code (done, out, err)}: done is False on timeout, with what was read so far (call
 * again to go on);</li>
 * <li>{@code readall(fd)}: a pipe descriptor's bytes up to end-of-file.</li>
 * </ul>
 * Every wait and read runs without the GIL ({@link Waits}).
 */
public final class SubprocessModule implements BuiltinModule {
    @Override
    public String name() {
        return "_subprocess";
    }

    @Override
    public PyModule create(ModuleHost host) {
        PyModule m = new PyModule("_subprocess");
        Children children = Children.of(host);
        FdTable fds = FdTable.of(host);
        Defs.unpack(m, "spawn", 6, 6, a -> spawn(host, children, fds, a));
        Defs.unpack(m, "wait", 2, 2, a -> {
            Child c = children.get(Numbers.asLong(a[0]));
            long deadline = Waits.deadline(a[1]);
            Integer rc = Waits.await(host, () -> c.waitFor(Waits.left(deadline)));
            return rc == null ? PNone.NONE : (Object) (long) rc;
        });
        Defs.unpack(m, "poll", 1, 1, a -> {
            Integer rc = children.get(Numbers.asLong(a[0])).poll();
            return rc == null ? PNone.NONE : (Object) (long) rc;
        });
        Defs.unpack(m, "send_signal", 2, 2, a -> {
            children.get(Numbers.asLong(a[0])).signal(SignalNumbers.check(Numbers.asLong(a[1])));
            return PNone.NONE;
        });
        Defs.unpack(m, "forget", 1, 1, a -> {
            children.forget(Numbers.asLong(a[0]));
            return PNone.NONE;
        });
        Defs.unpack(m, "communicate", 6, 6, a -> communicate(host, children, fds, a));
        Defs.unpack(m, "readall", 1, 1, a -> {
            Endpoint e = fds.get(Numbers.asLong(a[0]));
            if (e.in == null) {
                throw FdTable.badDescriptor();
            }
            java.io.ByteArrayOutputStream all = new java.io.ByteArrayOutputStream();
            Waits.await(host, () -> {
                Pump.copy(e.in, all);
                return null;
            });
            return new PyBytes(all.toByteArray());
        });
        return m;
    }

    private static Object spawn(ModuleHost host, Children children, FdTable fds, Object[] a) {
        List<String> argv = new ArrayList<>();
        for (Object o : ((PyList) a[0]).toArray()) {
            argv.add((String) o);
        }
        if (argv.isEmpty()) {
            throw PyErrors.indexError("list index out of range");
        }
        Path cwd = a[1] == PNone.NONE ? host.workingDirectory() : host.resolve((String) a[1]);
        if (!Files.isDirectory(cwd)) {
            throw OsErrors.error(Files.exists(cwd) ? 20 : 2, a[1], null);
        }
        Map<String, String> env = null;
        if (a[2] instanceof PyDict d) {
            env = new LinkedHashMap<>();
            for (Object k : d.keysArray()) {
                env.put((String) k, (String) d.getItem(k));
            }
        }
        Launch.Plan plan = new Launch.Plan(host, argv, cwd.toString(), env);
        plan.stdin(a[3]);
        plan.output(1, a[4]);
        plan.output(2, a[5]);
        Object[] started = plan.start(children, fds);
        Child c = (Child) started[0];
        return PyTuple.of(c.handle, c.pid(), fd(started[1]), fd(started[2]), fd(started[3]));
    }

    private static Object fd(Object n) {
        return (Long) n < 0 ? PNone.NONE : n;
    }

    private static Object communicate(ModuleHost host, Children children, FdTable fds, Object[] a) {
        Child c = children.get(Numbers.asLong(a[0]));
        Communication comm = c.communication(() -> {
            byte[] input = a[1] instanceof PyBytes b ? b.bytes : null;
            return new Communication(c.pid(), take(fds, a[2]), input, take(fds, a[3]), take(fds, a[4]));
        });
        long deadline = Waits.deadline(a[5]);
        boolean done = Waits.await(host, () -> comm.await(Waits.left(deadline)));
        return PyTuple.of(done, bytesOrNone(comm.out()), bytesOrNone(comm.err()));
    }

    private static Endpoint take(FdTable fds, Object fd) {
        return fd == PNone.NONE ? null : fds.take(Numbers.asLong(fd));
    }

    private static Object bytesOrNone(byte[] b) {
        return b == null ? PNone.NONE : new PyBytes(b);
    }
}
