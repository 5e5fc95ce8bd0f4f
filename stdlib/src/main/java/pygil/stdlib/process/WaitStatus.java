package pygil.stdlib.process;

import pygil.runtime.error.PyErrors;
import pygil.runtime.object.PyModule;
import pygil.runtime.ops.Numbers;
import pygil.stdlib.support.Defs;

/**
 * The wait-status macros of {@code os} (Equivalent of {@code WIFEXITED}, {@code WEXITSTATUS},
 * ... in {@code posixmodule.c}) and {@code waitstatus_to_exitcode}, over Linux's encoding:
 * exit code in bits 8-15, terminating signal in bits 0-6, 0x7f in the low byte when stopped.
 */
final class WaitStatus {
    private WaitStatus() {}

    static void install(PyModule m) {
        m.getDict().putString("WNOHANG", 1L);
        m.getDict().putString("WUNTRACED", 2L);
        m.getDict().putString("WCONTINUED", 8L);
        macro(m, "WIFEXITED", s -> (s & 0x7f) == 0);
        macro(m, "WEXITSTATUS", s -> (long) ((s >> 8) & 0xff));
        macro(m, "WIFSIGNALED", s -> (s & 0x7f) != 0 && (s & 0x7f) != 0x7f);
        macro(m, "WTERMSIG", s -> (long) (s & 0x7f));
        macro(m, "WIFSTOPPED", s -> (s & 0xff) == 0x7f);
        macro(m, "WSTOPSIG", s -> (long) ((s >> 8) & 0xff));
        macro(m, "WIFCONTINUED", s -> s == 0xffff);
        macro(m, "WCOREDUMP", s -> (s & 0x80) != 0);
        Defs.raw(m, "waitstatus_to_exitcode", (args, kw) -> {
            Object[] p = pygil.runtime.call.ArgParser.parse("waitstatus_to_exitcode", args, kw, new String[] {"status"}, 0, 1, 1);
            return toExitcode(Numbers.asInt(p[0]));
        });
    }

    private static void macro(PyModule m, String name, java.util.function.IntFunction<Object> f) {
        Defs.raw(m, name, (args, kw) -> {
            Object[] p = pygil.runtime.call.ArgParser.parse(name, args, kw, new String[] {"status"}, 0, 1, 1);
            return f.apply(Numbers.asInt(p[0]));
        });
    }

    /** {@code os.waitstatus_to_exitcode}: the exit code, or -signal; ValueError otherwise. */
    static long toExitcode(int s) {
        if ((s & 0x7f) == 0) {
            return (s >> 8) & 0xff;
        }
        if ((s & 0x7f) != 0x7f) {
            return -(s & 0x7f);
        }
        if ((s & 0xff) == 0x7f) {
            throw PyErrors.valueError("process stopped by delivery of signal " + ((s >> 8) & 0xff));
        }
        throw PyErrors.valueError("invalid wait status: " + s);
    }
}
