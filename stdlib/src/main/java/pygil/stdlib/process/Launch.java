package pygil.stdlib.process;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.ProcessBuilder.Redirect;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import pygil.runtime.error.PyErrors;
import pygil.runtime.module.ModuleHost;
import pygil.runtime.object.PNone;
import pygil.runtime.ops.Numbers;
import pygil.stdlib.os.OsErrors;

/**
 * Starts a child process (Equivalent of CPython's {@code _posixsubprocess.fork_exec} with the
 * descriptor plumbing {@code Popen._get_handles} prepares), from what {@code subprocess.py}
 * decided for each standard stream:
 * <ul>
 * <li>{@code None}: inherit the program's stream. When the program owns the process (the
 * launcher) that is the real descriptor; embedded, the child's output is pumped into the
 * program's own stream and its input is empty;</li>
 * <li>{@link #PIPE}: a pipe whose other end the program gets as a pipe descriptor;</li>
 * <li>{@link #STDOUT} (stderr only): into the same place as stdout;</li>
 * <li>{@link #DEVNULL}: {@code /dev/null};</li>
 * <li>an int: a pipe descriptor of {@link FdTable} (pumped), or 0/1/2, the program's own
 * streams;</li>
 * <li>a str: the path of a file the program opened (read from the start, or appended to).</li>
 * </ul>
 * The plan is made under the GIL (it reads Python values); {@link Plan#start} touches only Java
 * objects, so that it may run without the GIL.
 */
final class Launch {
    static final long PIPE = -1;
    static final long STDOUT = -2;
    static final long DEVNULL = -3;
    private static final File NULL_FILE = new File("/dev/null");
    private static final Pattern JAVA_ERRNO = Pattern.compile("error=(\\d+)");

    private Launch() {}

    /** A stream of the child that needs a thread once the child runs. */
    private record Hookup(int stream, Endpoint pipeEnd, OutputStream sink) {}

    /** A child ready to start. */
    static final class Plan {
        final ProcessBuilder builder;
        final String program;
        final ModuleHost host;
        private final List<Hookup> hookups = new ArrayList<>();
        private final boolean[] piped = new boolean[3];

        Plan(ModuleHost host, List<String> argv, String cwd, Map<String, String> env) {
            this.host = host;
            this.program = argv.get(0);
            this.builder = new ProcessBuilder(argv);
            builder.directory(new File(cwd));
            if (env != null) {
                builder.environment().clear();
                builder.environment().putAll(env);
            }
        }

        /**
         * Starts the child and its pumps, and enters its PIPE ends in the table. Answers the
         * child and the descriptors {stdin, stdout, stderr} (-1 where not a PIPE). Raises
         * OSError as CPython does when the program cannot be run.
         */
        Object[] start(Children children, FdTable table) {
            Process p = host.blocking(() -> {
                try {
                    return builder.start();
                } catch (IOException e) {
                    return null;
                }
            });
            if (p == null) {
                throw startFailure();
            }
            List<Thread> pumps = new ArrayList<>();
            for (Hookup h : hookups) {
                pumps.add(hookUp(p, h));
            }
            Child child = children.add(p, pumps);
            long in = piped[0] ? table.add(Endpoint.writing(p.getOutputStream())) : -1;
            long out = piped[1] ? table.add(Endpoint.reading(p.getInputStream())) : -1;
            long err = piped[2] ? table.add(Endpoint.reading(p.getErrorStream())) : -1;
            return new Object[] {child, in, out, err};
        }

        private Thread hookUp(Process p, Hookup h) {
            String name = "pygil-pump-" + p.pid() + "-" + h.stream;
            if (h.stream == 0) {
                OutputStream childIn = p.getOutputStream();
                return Pump.start(name, h.pipeEnd.in, childIn, () -> {
                    h.pipeEnd.release();
                    Pump.closeQuietly(childIn);
                });
            }
            InputStream childOut = h.stream == 1 ? p.getInputStream() : p.getErrorStream();
            OutputStream sink = h.pipeEnd != null ? h.pipeEnd.out : h.sink;
            return Pump.start(name, childOut, sink, () -> {
                if (h.pipeEnd != null) {
                    h.pipeEnd.release();
                }
            });
        }

        /** Why {@code builder.start()} failed, redone to learn the errno (it is rare). */
        private RuntimeException startFailure() {
            try {
                builder.start().destroyForcibly();
                return PyErrors.osError("cannot run " + program);
            } catch (IOException e) {
                Matcher m = JAVA_ERRNO.matcher(String.valueOf(e.getMessage()));
                int errno = m.find() ? Integer.parseInt(m.group(1)) : 2;
                return OsErrors.error(errno, program, null);
            }
        }

        void stdin(Object spec) {
            if (spec == PNone.NONE || isFd(spec, 0)) {
                builder.redirectInput(host.ownsProcess() ? Redirect.INHERIT : Redirect.from(NULL_FILE));
            } else if (spec instanceof String path) {
                builder.redirectInput(Redirect.from(new File(path)));
            } else if (Numbers.asLong(spec) == PIPE) {
                piped[0] = true;
            } else if (Numbers.asLong(spec) == DEVNULL) {
                builder.redirectInput(Redirect.from(NULL_FILE));
            } else {
                hookups.add(new Hookup(0, pipeEnd(spec, true), null));
            }
        }

        /** stdout ({@code stream} 1) or stderr (2). */
        void output(int stream, Object spec) {
            boolean own = spec == PNone.NONE || isFd(spec, stream);
            if (own && host.ownsProcess()) {
                redirect(stream, Redirect.INHERIT);
            } else if (own || isFd(spec, 3 - stream)) {
                int target = own ? stream : 3 - stream;
                hookups.add(new Hookup(stream, null, target == 1 ? host.standardOutput() : host.standardError()));
            } else if (spec instanceof String path) {
                redirect(stream, Redirect.appendTo(new File(path)));
            } else if (Numbers.asLong(spec) == PIPE) {
                piped[stream] = true;
            } else if (Numbers.asLong(spec) == DEVNULL) {
                redirect(stream, Redirect.DISCARD);
            } else if (Numbers.asLong(spec) == STDOUT && stream == 2) {
                builder.redirectErrorStream(true);
            } else {
                hookups.add(new Hookup(stream, pipeEnd(spec, false), null));
            }
        }

        private void redirect(int stream, Redirect r) {
            if (stream == 1) {
                builder.redirectOutput(r);
            } else {
                builder.redirectError(r);
            }
        }

        private Endpoint pipeEnd(Object fd, boolean reading) {
            Endpoint e = FdTable.of(host).get(Numbers.asLong(fd));
            if ((e.in != null) != reading) {
                throw PyErrors.osError("[Errno 9] Bad file descriptor");
            }
            return e.retain();
        }

        private static boolean isFd(Object spec, int fd) {
            return !(spec instanceof String) && spec != PNone.NONE && Numbers.asLong(spec) == fd;
        }
    }
}
