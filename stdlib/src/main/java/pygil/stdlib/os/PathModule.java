package pygil.stdlib.os;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;

import pygil.runtime.error.PyErrors;
import pygil.runtime.module.BuiltinModule;
import pygil.runtime.module.ModuleHost;
import pygil.runtime.object.PNone;
import pygil.runtime.object.PyBytes;
import pygil.runtime.object.PyDict;
import pygil.runtime.object.PyModule;
import pygil.runtime.object.PyTuple;
import pygil.runtime.ops.Iter;
import pygil.stdlib.support.Defs;
import pygil.stdlib.support.PythonArgs;

/**
 * The {@code posixpath} module, which is also {@code os.path} (Equivalent of CPython's
 * {@code Lib/posixpath.py} with {@code Lib/genericpath.py}): the string functions of
 * {@link PosixPath}, and {@code abspath}, {@code realpath}, {@code relpath},
 * {@code expanduser}, {@code expandvars}, {@code exists}, {@code lexists}, {@code isfile},
 * {@code isdir}, {@code islink}, {@code getsize} and {@code getmtime}/{@code getatime}/{@code getctime},
 * which consult the working directory, the environment or the file system.
 */
public final class PathModule implements BuiltinModule {
    @Override
    public String name() {
        return "posixpath";
    }

    @Override
    public PyModule create(ModuleHost host) {
        return build(host);
    }

    /** A new {@code posixpath} module. */
    static PyModule build(ModuleHost host) {
        PyModule m = new PyModule("posixpath");
        PyDict d = m.getDict();
        d.putString("__doc__", "Common operations on Posix pathnames.");
        d.putString("sep", "/");
        d.putString("altsep", PNone.NONE);
        d.putString("curdir", ".");
        d.putString("pardir", "..");
        d.putString("extsep", ".");
        d.putString("pathsep", ":");
        d.putString("defpath", "/bin:/usr/bin");
        d.putString("devnull", "/dev/null");
        d.putString("supports_unicode_filenames", false);
        Defs.raw(m, "join", PathModule::join);
        unary(m, "basename", "p", PosixPath::basename);
        unary(m, "dirname", "p", PosixPath::dirname);
        unary(m, "normpath", "path", PosixPath::normpath);
        unary(m, "abspath", "path", p -> abspath(host, p));
        unary(m, "expanduser", "path", p -> expanduser(host, p));
        unary(m, "expandvars", "path", p -> expandvars(host, p));
        Defs.raw(m, "realpath", (args, kw) -> {
            Object p = PathArgs.fspath(PythonArgs.bind("realpath", args, kw, new String[] {"filename", "strict"}, 1)[0]);
            String abs = abspath(host, PathArgs.text(p));
            return wrapLike(p, BlockingIo.query(host, () -> realpath(abs)));
        });
        Defs.raw(m, "isabs", (args, kw) -> PosixPath.isabs(PathArgs.text(PathArgs.fspath(PythonArgs.bind("isabs", args, kw, new String[] {"s"}, 1)[0]))));
        Defs.raw(m, "split", (args, kw) -> pair(PythonArgs.bind("split", args, kw, new String[] {"p"}, 1)[0], true));
        Defs.raw(m, "splitext", (args, kw) -> pair(PythonArgs.bind("splitext", args, kw, new String[] {"p"}, 1)[0], false));
        Defs.raw(m, "relpath", (args, kw) -> {
            Object[] a = PythonArgs.bind("relpath", args, kw, new String[] {"path", "start"}, 1);
            return relpath(host, a[0], a[1]);
        });
        Defs.raw(m, "commonprefix", (args, kw) -> commonprefix(PythonArgs.bind("commonprefix", args, kw, new String[] {"m"}, 1)[0]));
        FileQueries.install(m, host);
        return m;
    }

    /** A one-argument function of a path string, giving a path of the same type (str or bytes). */
    private static void unary(PyModule m, String name, String param, java.util.function.UnaryOperator<String> f) {
        String[] names = {param};
        Defs.raw(m, name, (args, kw) -> {
            Object p = PathArgs.fspath(PythonArgs.bind(name, args, kw, names, 1)[0]);
            return wrapLike(p, f.apply(PathArgs.text(p)));
        });
    }

    /** {@code s} as str, or as bytes if {@code like} is bytes. */
    static Object wrapLike(Object like, String s) {
        return like instanceof PyBytes ? new PyBytes(s.getBytes(StandardCharsets.UTF_8)) : s;
    }

    private static PyTuple pair(Object arg, boolean split) {
        Object p = PathArgs.fspath(arg);
        String[] r = split ? PosixPath.split(PathArgs.text(p)) : PosixPath.splitext(PathArgs.text(p));
        return PyTuple.of(wrapLike(p, r[0]), wrapLike(p, r[1]));
    }

    /** {@code join(a, *p)}, with {@code genericpath._check_arg_types}'s messages. */
    private static Object join(Object[] args, String[] kw) {
        if (kw.length != 0) {
            throw PyErrors.typeError("join() got an unexpected keyword argument '" + kw[0] + "'");
        }
        if (args.length == 0) {
            throw PyErrors.typeError("join() missing 1 required positional argument: 'a'");
        }
        Object a = PathArgs.fspath(args[0]);
        boolean bytes = a instanceof PyBytes;
        List<String> rest = new ArrayList<>();
        boolean mixed = false;
        for (int i = 1; i < args.length; i++) {
            Object b = PathArgs.fspathOrNull(args[i]);
            if (b == null) {
                throw PyErrors.typeError("join() argument must be str, bytes, or os.PathLike object, not '" + PyErrors.typeName(args[i]) + "'");
            }
            mixed |= (b instanceof PyBytes) != bytes;
            rest.add(PathArgs.text(b));
        }
        if (mixed) {
            throw PyErrors.typeError("Can't mix strings and bytes in path components");
        }
        return wrapLike(a, PosixPath.join(PathArgs.text(a), rest));
    }

    /** {@code abspath(path)}: joined to the working directory, then normalized. */
    static String abspath(ModuleHost host, String path) {
        if (!PosixPath.isabs(path)) {
            path = PosixPath.join(host.workingDirectory().toString(), List.of(path));
        }
        return PosixPath.normpath(path);
    }

    /** {@code realpath(abs)}: symbolic links resolved for the part of the absolute path that exists. */
    static String realpath(String abs) {
        Path p = Path.of(abs);
        List<String> missing = new ArrayList<>();
        while (p != null) {
            try {
                Path real = p.toRealPath();
                String s = real.toString();
                for (int i = missing.size() - 1; i >= 0; i--) {
                    s = PosixPath.join(s, List.of(missing.get(i)));
                }
                return PosixPath.normpath(s);
            } catch (IOException e) {
                if (p.getFileName() == null) {
                    break;
                }
                missing.add(p.getFileName().toString());
                p = p.getParent();
            }
        }
        return abs;
    }

    /** {@code relpath(path, start=None)}. */
    private static Object relpath(ModuleHost host, Object path, Object start) {
        if (path == PNone.NONE || (path instanceof String s && s.isEmpty()) || (path instanceof PyBytes b && b.bytes.length == 0)) {
            throw PyErrors.valueError("no path specified");
        }
        Object p = PathArgs.fspath(path);
        Object st = start == null || start == PNone.NONE ? "." : PathArgs.fspath(start);
        if ((p instanceof PyBytes) != (st instanceof PyBytes)) {
            throw PyErrors.typeError("Can't mix strings and bytes in path components");
        }
        String r = PosixPath.relpath(abspath(host, PathArgs.text(p)), abspath(host, PathArgs.text(st)));
        return wrapLike(p, r);
    }

    /** {@code commonprefix(m)} for a list of path strings. */
    private static Object commonprefix(Object m) {
        Object[] items = Iter.toArray(m);
        if (items.length == 0) {
            return "";
        }
        List<String> strings = new ArrayList<>();
        Object first = PathArgs.fspath(items[0]);
        for (Object item : items) {
            strings.add(PathArgs.text(PathArgs.fspath(item)));
        }
        return wrapLike(first, PosixPath.commonprefix(strings));
    }

    /** The program's environment variable {@code name}: {@code os.environ} once os is imported. */
    static String getenv(ModuleHost host, String name) {
        Object modules = host.sys("modules");
        if (modules instanceof PyDict mods && mods.getString("os") instanceof PyModule os && os.getDict().getString("environ") instanceof PyDict env) {
            Object v = env.getItem(name);
            return v instanceof String s ? s : null;
        }
        return host.environment().get(name);
    }

    /** {@code expanduser(path)}: a leading {@code ~} or {@code ~user} replaced by the home directory. */
    static String expanduser(ModuleHost host, String path) {
        if (!path.startsWith("~")) {
            return path;
        }
        int i = path.indexOf('/', 1);
        if (i < 0) {
            i = path.length();
        }
        String home;
        if (i == 1) {
            home = getenv(host, "HOME");
            if (home == null) {
                home = System.getProperty("user.home");
            }
        } else {
            home = UserHomes.lookup(path.substring(1, i));
        }
        if (home == null) {
            return path;
        }
        int end = home.length();
        while (end > 0 && home.charAt(end - 1) == '/') {
            end--;
        }
        String result = home.substring(0, end) + path.substring(i);
        return result.isEmpty() ? "/" : result;
    }

    private static final java.util.regex.Pattern VAR = java.util.regex.Pattern.compile("\\$(\\w+|\\{[^}]*\\})", java.util.regex.Pattern.UNICODE_CHARACTER_CLASS);

    /** {@code expandvars(path)}: {@code $name} and {@code ${name}} replaced when set. */
    static String expandvars(ModuleHost host, String path) {
        if (path.indexOf('$') < 0) {
            return path;
        }
        java.util.regex.Matcher m = VAR.matcher(path);
        int i = 0;
        while (m.find(i)) {
            String name = m.group(1);
            if (name.startsWith("{") && name.endsWith("}")) {
                name = name.substring(1, name.length() - 1);
            }
            String value = getenv(host, name);
            if (value == null) {
                i = m.end();
            } else {
                String tail = path.substring(m.end());
                path = path.substring(0, m.start()) + value;
                i = path.length();
                path += tail;
                m = VAR.matcher(path);
            }
            if (i > path.length()) {
                break;
            }
        }
        return path;
    }

    /** Seconds since the epoch of a file time, as CPython's {@code st_mtime} computes it. */
    static double seconds(FileTime t) {
        java.time.Instant in = t.toInstant();
        return in.getEpochSecond() + in.getNano() * 1e-9;
    }

    static boolean exists(Path p, boolean follow) {
        return follow ? Files.exists(p) : Files.exists(p, LinkOption.NOFOLLOW_LINKS);
    }
}
