package pygil.stdlib.process;

import java.util.HashMap;
import java.util.Map;

import pygil.runtime.error.ExceptionTypes;
import pygil.runtime.error.PyErrors;
import pygil.runtime.error.PyException;
import pygil.runtime.module.ModuleHost;
import pygil.runtime.io.OpenFunction;

/**
 * The pipe descriptors a program holds (Equivalent of the process's file-descriptor table, for
 * pipes only): the ends of {@code os.pipe()} and of children's {@code PIPE} streams, by number.
 * Java cannot reach real descriptors without native code, so the numbers are pygil's own,
 * drawn from the same counter as {@code open()}'s {@code fileno()}; they mean nothing to
 * another process. All methods are synchronized on the table.
 */
final class FdTable {
    private static final PerInterpreter<FdTable> TABLES = new PerInterpreter<>(FdTable::new);
    private final Map<Integer, Endpoint> ends = new HashMap<>();

    static FdTable of(ModuleHost host) {
        return TABLES.of(host);
    }

    /** Enters {@code end} (already held once for the program) under a new number. */
    synchronized int add(Endpoint end) {
        int fd = OpenFunction.allocateFileno();
        ends.put(fd, end);
        return fd;
    }

    /** The end behind {@code fd}, or null if {@code fd} is not a pipe descriptor. */
    synchronized Endpoint find(int fd) {
        return ends.get(fd);
    }

    /** The end behind {@code fd}; OSError EBADF if there is none. */
    Endpoint get(long fd) {
        Endpoint e = fd == (int) fd ? find((int) fd) : null;
        if (e == null) {
            throw badDescriptor();
        }
        return e;
    }

    /** Takes {@code fd} out of the table, handing the program's hold on its end to the caller. */
    synchronized Endpoint take(long fd) {
        Endpoint e = fd == (int) fd ? ends.remove((int) fd) : null;
        if (e == null) {
            throw badDescriptor();
        }
        return e;
    }

    /** {@code os.close(fd)}: the program's hold on the end goes. */
    void close(long fd) {
        take(fd).release();
    }

    static PyException badDescriptor() {
        return PyErrors.raise(ExceptionTypes.OS_ERROR, 9L, "Bad file descriptor");
    }
}
