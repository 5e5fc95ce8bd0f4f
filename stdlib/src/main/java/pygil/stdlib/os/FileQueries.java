package pygil.stdlib.os;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;

import pygil.runtime.module.ModuleHost;
import pygil.runtime.object.PyModule;
import pygil.runtime.ops.Numbers;
import pygil.stdlib.os.PathArgs.PathArg;
import pygil.stdlib.support.Defs;
import pygil.stdlib.support.PythonArgs;

/**
 * The {@code os.path} functions that ask the file system (Equivalent of {@code exists},
 * {@code lexists}, {@code isfile}, {@code isdir}, {@code islink}, {@code getsize},
 * {@code getmtime}, {@code getatime} and {@code getctime} of {@code Lib/genericpath.py} and
 * {@code Lib/posixpath.py}): the predicates answer False when the path cannot be examined; the
 * getters raise the OSError of {@code os.stat}. An int argument is a file descriptor (only 0-2
 * are known to exist).
 */
final class FileQueries {
    private FileQueries() {}

    private static final String STAT_ACCEPTS = "string, bytes, os.PathLike or integer";

    @FunctionalInterface
    private interface Predicate {
        boolean test(Path p);
    }

    @FunctionalInterface
    private interface Getter {
        Object get(Path p) throws IOException;
    }

    static void install(PyModule m, ModuleHost host) {
        predicate(m, host, "exists", "path", "stat", p -> Files.exists(p));
        predicate(m, host, "isfile", "path", "stat", p -> Files.isRegularFile(p));
        predicate(m, host, "isdir", "s", "stat", p -> Files.isDirectory(p));
        predicate(m, host, "islink", "path", "lstat", p -> Files.isSymbolicLink(p));
        predicate(m, host, "lexists", "path", "lstat", p -> Files.exists(p, LinkOption.NOFOLLOW_LINKS));
        getter(m, host, "getsize", p -> Files.size(p));
        getter(m, host, "getmtime", p -> PathModule.seconds(Files.getLastModifiedTime(p)));
        getter(m, host, "getatime", p -> PathModule.seconds((FileTime) Files.getAttribute(p, "basic:lastAccessTime")));
        getter(m, host, "getctime", p -> {
            try {
                return PathModule.seconds((FileTime) Files.getAttribute(p, "unix:ctime"));
            } catch (UnsupportedOperationException | IllegalArgumentException e) {
                return PathModule.seconds(Files.getLastModifiedTime(p));
            }
        });
    }

    private static void predicate(PyModule m, ModuleHost host, String name, String param, String statName, Predicate test) {
        String[] names = {param};
        boolean lstat = statName.equals("lstat");
        Defs.raw(m, name, (args, kw) -> {
            Object arg = PythonArgs.bind(name, args, kw, names, 1)[0];
            if (!lstat && Numbers.isInt(arg)) {
                long fd = Numbers.asLong(arg);
                return fd >= 0 && fd <= 2 && !name.equals("isdir") && !name.equals("isfile");
            }
            PathArg p;
            try {
                p = PathArgs.convert(statName, "path", arg, lstat ? "string, bytes or os.PathLike" : STAT_ACCEPTS);
            } catch (pygil.runtime.error.PyException e) {
                if (e.matches(pygil.runtime.error.ExceptionTypes.VALUE_ERROR)) {
                    return false;
                }
                throw e;
            }
            try {
                Path resolved = host.resolve(p.path());
                return BlockingIo.query(host, () -> test.test(resolved));
            } catch (SecurityException | java.nio.file.InvalidPathException e) {
                return false;
            }
        });
    }

    private static void getter(PyModule m, ModuleHost host, String name, Getter get) {
        String[] names = {"filename"};
        Defs.raw(m, name, (args, kw) -> {
            PathArg p = PathArgs.convert("stat", "path", PythonArgs.bind(name, args, kw, names, 1)[0], STAT_ACCEPTS);
            try {
                Path resolved = host.resolve(p.path());
                return BlockingIo.call(host, () -> get.get(resolved));
            } catch (IOException e) {
                throw OsErrors.fromIOException(e, p.original(), null);
            }
        });
    }
}
