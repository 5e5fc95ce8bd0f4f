package pygil.stdlib.os;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Map;

import pygil.runtime.call.ArgParser;
import pygil.runtime.error.ExceptionTypes;
import pygil.runtime.error.PyErrors;
import pygil.runtime.module.BuiltinModule;
import pygil.runtime.module.ModuleHost;
import pygil.runtime.object.PNone;
import pygil.runtime.object.PyBytes;
import pygil.runtime.object.PyDict;
import pygil.runtime.object.PyModule;
import pygil.runtime.ops.Numbers;
import pygil.runtime.ops.Truth;
import pygil.stdlib.os.PathArgs.PathArg;
import pygil.stdlib.support.Defs;
import pygil.stdlib.support.PythonArgs;

/**
 * The {@code os} module (Equivalent of CPython's {@code Lib/os.py} over the {@code posix}
 * module, for what scripts commonly use): {@code name}, {@code sep}, {@code linesep} and the
 * other path constants, {@code environ} (a plain dict of the program's environment) and
 * {@code getenv}, {@code getpid}, {@code getppid}, {@code cpu_count}, {@code getcwd},
 * {@code urandom}, {@code fspath}, {@code strerror}, {@code access}, the file operations of
 * {@link FileOps}, {@code stat}/{@code lstat} ({@link Stat}), {@code walk} ({@link Walk}), the process and
 * pipe calls of {@link pygil.stdlib.process.ProcessCalls}, and {@code os.path}: the {@code posixpath} module, also entered in
 * {@code sys.modules} as {@code os.path} so that {@code import os.path} finds it.
 */
public final class OsModule implements BuiltinModule {
    private static final SecureRandom RANDOM = new SecureRandom();

    @Override
    public String name() {
        return "os";
    }

    @Override
    public PyModule create(ModuleHost host) {
        PyModule m = new PyModule("os");
        PyDict d = m.getDict();
        d.putString("__doc__", "OS routines for NT or Posix depending on what system we're on.");
        d.putString("name", "posix");
        d.putString("linesep", "\n");
        d.putString("sep", "/");
        d.putString("altsep", PNone.NONE);
        d.putString("curdir", ".");
        d.putString("pardir", "..");
        d.putString("extsep", ".");
        d.putString("pathsep", ":");
        d.putString("defpath", "/bin:/usr/bin");
        d.putString("devnull", "/dev/null");
        d.putString("error", ExceptionTypes.OS_ERROR);
        d.putString("F_OK", 0L);
        d.putString("R_OK", 4L);
        d.putString("W_OK", 2L);
        d.putString("X_OK", 1L);
        d.putString("SEEK_SET", 0L);
        d.putString("SEEK_CUR", 1L);
        d.putString("SEEK_END", 2L);
        PyDict environ = new PyDict();
        for (Map.Entry<String, String> e : host.environment().entrySet()) {
            environ.putString(e.getKey(), e.getValue());
        }
        d.putString("environ", environ);
        Defs.raw(m, "getenv", (args, kw) -> getenv(m, args, kw));
        Defs.noArgs(m, "getpid", "posix.getpid", () -> ProcessHandle.current().pid());
        Defs.noArgs(m, "getppid", "posix.getppid", () -> ProcessHandle.current().parent().map(ProcessHandle::pid).orElse(1L));
        Defs.noArgs(m, "cpu_count", "posix.cpu_count", () -> (long) Runtime.getRuntime().availableProcessors());
        Defs.noArgs(m, "getcwd", "posix.getcwd", () -> host.workingDirectory().toString());
        Defs.noArgs(m, "getcwdb", "posix.getcwdb", () -> new PyBytes(host.workingDirectory().toString().getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        Defs.one(m, "urandom", "posix.urandom", n -> urandom(n));
        Defs.one(m, "strerror", "posix.strerror", code -> OsErrors.strerror(Numbers.asInt(code)));
        Defs.raw(m, "fspath", (args, kw) -> PathArgs.fspath(ArgParser.parse("fspath", args, kw, new String[] {"path"}, 0, 1, 1)[0]));
        Defs.raw(m, "access", (args, kw) -> {
            Object[] p = ArgParser.parse("access", args, kw, new String[] {"path", "mode", "dir_fd", "effective_ids", "follow_symlinks"}, 0, 2, 2);
            return access(host, PathArgs.convert("access", "path", p[0], "string, bytes, os.PathLike or integer"), Numbers.asInt(p[1]));
        });
        FileOps.install(m, host);
        pygil.stdlib.process.ProcessCalls.install(m, host);
        Stat.install(m, host);
        Defs.raw(m, "walk", (args, kw) -> {
            Object[] p = PythonArgs.bind("walk", args, kw, new String[] {"top", "topdown", "onerror", "followlinks"}, 1);
            Object top = PathArgs.fspath(p[0]);
            return new Walk(host, PathArgs.text(top), top instanceof PyBytes, p[1] == null || Truth.isTrue(p[1]), p[2], p[3] != null && Truth.isTrue(p[3]));
        });
        d.putString("path", pathModule(host));
        return m;
    }

    /**
     * The shared {@code posixpath} module: the one already imported, or a new one entered in
     * {@code sys.modules} as {@code posixpath} and {@code os.path}.
     */
    private static PyModule pathModule(ModuleHost host) {
        PyDict modules = host.sys("modules") instanceof PyDict mods ? mods : null;
        PyModule path = modules != null && modules.getString("posixpath") instanceof PyModule existing ? existing : PathModule.build(host);
        if (modules != null) {
            modules.putString("posixpath", path);
            modules.putString("os.path", path);
        }
        return path;
    }

    private static final String[] GETENV = {"key", "default"};

    /** {@code getenv(key, default=None)}: from {@code os.environ} as it is now. */
    private static Object getenv(PyModule m, Object[] args, String[] kw) {
        Object[] p = PythonArgs.bind("getenv", args, kw, GETENV, 1);
        if (!(p[0] instanceof String key)) {
            throw PyErrors.typeError("str expected, not " + PyErrors.typeName(p[0]));
        }
        Object def = p[1] == null ? PNone.NONE : p[1];
        Object environ = m.getDict().getString("environ");
        if (environ instanceof PyDict env) {
            Object v = env.getItem(key);
            return v == null ? def : v;
        }
        return def;
    }

    /** {@code urandom(size)}: random bytes from the system's secure source. */
    private static PyBytes urandom(Object size) {
        long n = Numbers.asLong(size);
        if (n < 0) {
            throw PyErrors.valueError("negative argument not allowed");
        }
        byte[] b = new byte[Math.toIntExact(n)];
        RANDOM.nextBytes(b);
        return new PyBytes(b);
    }

    /** {@code access(path, mode)}: whether the file exists ({@code F_OK}) with the permissions asked. */
    private static boolean access(ModuleHost host, PathArg path, int mode) {
        Path p = host.resolve(path.path());
        if ((mode & ~7) != 0) {
            return false; // EINVAL
        }
        return BlockingIo.query(host, () -> Files.exists(p) && ((mode & 4) == 0 || Files.isReadable(p)) && ((mode & 2) == 0 || Files.isWritable(p))
                        && ((mode & 1) == 0 || Files.isExecutable(p)));
    }
}
