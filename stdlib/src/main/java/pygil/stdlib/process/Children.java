package pygil.stdlib.process;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import pygil.runtime.error.ExceptionTypes;
import pygil.runtime.error.PyErrors;
import pygil.runtime.error.PyException;
import pygil.runtime.module.ModuleHost;

/**
 * The child processes of one interpreter, by handle (what {@code _subprocess} gives
 * {@code Popen}) and by pid (what {@code os.waitpid} and {@code os.kill} are given). Handles,
 * not pids, name a child to {@code Popen}, because the OS may give an ended child's pid to a
 * new one. The map is concurrent: threads start, wait for and forget children at once.
 */
final class Children {
    private static final PerInterpreter<Children> TABLES = new PerInterpreter<>(Children::new);
    private final Map<Long, Child> byHandle = new ConcurrentHashMap<>();
    private final AtomicLong nextHandle = new AtomicLong(1);

    static Children of(ModuleHost host) {
        return TABLES.of(host);
    }

    Child add(Process process, List<Thread> pumps) {
        Child c = new Child(nextHandle.getAndIncrement(), process, pumps);
        byHandle.put(c.handle, c);
        return c;
    }

    Child get(long handle) {
        Child c = byHandle.get(handle);
        if (c == null) {
            throw noChild();
        }
        return c;
    }

    /** {@code Popen} is gone: the child is no longer anyone's to wait for by handle. */
    void forget(long handle) {
        byHandle.remove(handle);
    }

    /** The children {@code os.waitpid(pid)} may collect: {@code pid} itself, or all for -1 and 0. */
    List<Child> waitable(long pid) {
        return byHandle.values().stream().filter(c -> !c.reaped && (pid <= 0 || c.pid() == pid)).toList();
    }

    /** The live child with this pid, or null. */
    Child byPid(long pid) {
        for (Child c : byHandle.values()) {
            if (c.pid() == pid && !c.reaped) {
                return c;
            }
        }
        return null;
    }

    static PyException noChild() {
        return PyErrors.raise(ExceptionTypes.OS_ERROR, 10L, "No child processes");
    }
}
