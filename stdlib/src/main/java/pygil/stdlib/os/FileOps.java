package pygil.stdlib.os;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import pygil.runtime.call.ArgParser;
import pygil.runtime.error.PyErrors;
import pygil.runtime.error.PyException;
import pygil.runtime.module.ModuleHost;
import pygil.runtime.object.PNone;
import pygil.runtime.object.PyList;
import pygil.runtime.object.PyModule;
import pygil.runtime.ops.Numbers;
import pygil.runtime.ops.Truth;
import pygil.stdlib.os.PathArgs.PathArg;
import pygil.stdlib.support.Defs;
import pygil.stdlib.support.PythonArgs;

/**
 * The file-system operations of {@code os}: {@code listdir}, {@code mkdir}, {@code makedirs},
 * {@code remove}/{@code unlink}, {@code rmdir}, {@code rename} and {@code replace}
 * (Equivalent of their {@code os_*_impl} in {@code posixmodule.c}, and of {@code os.makedirs}
 * in {@code Lib/os.py}). Paths resolve against the program's working directory through
 * {@link ModuleHost#resolve}; failures raise the OSError subclass CPython raises, naming the
 * path as given. The system calls run through {@link BlockingIo} (outside the GIL).
 * {@code dir_fd} arguments are accepted only as None.
 */
final class FileOps {
    private FileOps() {}

    private static final String[] LISTDIR = {"path"};
    private static final String[] MKDIR = {"path", "mode", "dir_fd"};
    private static final String[] REMOVE = {"path", "dir_fd"};
    private static final String[] RENAME = {"src", "dst", "src_dir_fd", "dst_dir_fd"};
    private static final String[] MAKEDIRS = {"name", "mode", "exist_ok"};

    static void install(PyModule m, ModuleHost host) {
        Defs.raw(m, "listdir", (args, kw) -> {
            Object[] p = ArgParser.parse("listdir", args, kw, LISTDIR, 0, 1, 0);
            Object path = p[0] == null || p[0] == PNone.NONE ? "." : p[0];
            return listdir(host, PathArgs.convert("listdir", "path", path, "string, bytes, os.PathLike, integer or None"));
        });
        Defs.raw(m, "mkdir", (args, kw) -> {
            Object[] p = ArgParser.parse("mkdir", args, kw, MKDIR, 0, 2, 1);
            noDirFd(p[2]);
            mkdir(host, PathArgs.path("mkdir", p[0]), p[1] == null ? 0777 : Numbers.asInt(p[1]));
            return PNone.NONE;
        });
        for (String name : new String[] {"remove", "unlink"}) {
            Defs.raw(m, name, (args, kw) -> {
                Object[] p = ArgParser.parse(name, args, kw, REMOVE, 0, 1, 1);
                noDirFd(p[1]);
                remove(host, PathArgs.path(name, p[0]));
                return PNone.NONE;
            });
        }
        Defs.raw(m, "rmdir", (args, kw) -> {
            Object[] p = ArgParser.parse("rmdir", args, kw, REMOVE, 0, 1, 1);
            noDirFd(p[1]);
            rmdir(host, PathArgs.path("rmdir", p[0]));
            return PNone.NONE;
        });
        for (String name : new String[] {"rename", "replace"}) {
            Defs.raw(m, name, (args, kw) -> {
                Object[] p = ArgParser.parse(name, args, kw, RENAME, 0, 2, 2);
                noDirFd(p[2]);
                noDirFd(p[3]);
                PathArg src = PathArgs.convert(name, "src", p[0], "string, bytes or os.PathLike");
                PathArg dst = PathArgs.convert(name, "dst", p[1], "string, bytes or os.PathLike");
                rename(host, src, dst);
                return PNone.NONE;
            });
        }
        Defs.raw(m, "makedirs", (args, kw) -> {
            Object[] p = PythonArgs.bind("makedirs", args, kw, MAKEDIRS, 1);
            int mode = p[1] == null ? 0777 : Numbers.asInt(p[1]);
            makedirs(host, p[0], mode, p[2] != null && Truth.isTrue(p[2]));
            return PNone.NONE;
        });
    }

    private static void noDirFd(Object dirFd) {
        if (dirFd != null && dirFd != PNone.NONE) {
            throw PyErrors.notImplementedError("dir_fd unavailable on this platform");
        }
    }

    /** {@code os.listdir(path)}: the names in the directory, in the order the system lists them. */
    static PyList listdir(ModuleHost host, PathArg path) {
        Path dir = host.resolve(path.path());
        List<String> found;
        try {
            found = BlockingIo.call(host, () -> {
                List<String> names = new ArrayList<>();
                try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir)) {
                    for (Path entry : entries) {
                        names.add(entry.getFileName().toString());
                    }
                }
                return names;
            });
        } catch (IOException e) {
            throw OsErrors.fromIOException(e, path.original(), null);
        }
        PyList names = new PyList();
        for (String name : found) {
            names.append(path.wrap(name));
        }
        return names;
    }

    /** {@code os.mkdir(path, mode)}: the mode is masked by the umask, as by the system call. */
    static void mkdir(ModuleHost host, PathArg path, int mode) {
        Path dir = host.resolve(path.path());
        try {
            BlockingIo.call(host, () -> {
                if ((mode & 0777) == 0777) {
                    return Files.createDirectory(dir);
                }
                try {
                    return Files.createDirectory(dir, PosixFilePermissions.asFileAttribute(permissions(mode)));
                } catch (UnsupportedOperationException e) {
                    return Files.createDirectory(dir);
                }
            });
        } catch (IOException e) {
            throw OsErrors.fromIOException(e, path.original(), null);
        }
    }

    private static Set<PosixFilePermission> permissions(int mode) {
        Set<PosixFilePermission> perms = EnumSet.noneOf(PosixFilePermission.class);
        PosixFilePermission[] order = {PosixFilePermission.OTHERS_EXECUTE, PosixFilePermission.OTHERS_WRITE, PosixFilePermission.OTHERS_READ,
                        PosixFilePermission.GROUP_EXECUTE, PosixFilePermission.GROUP_WRITE, PosixFilePermission.GROUP_READ, PosixFilePermission.OWNER_EXECUTE,
                        PosixFilePermission.OWNER_WRITE, PosixFilePermission.OWNER_READ};
        for (int bit = 0; bit < order.length; bit++) {
            if ((mode & (1 << bit)) != 0) {
                perms.add(order[bit]);
            }
        }
        return perms;
    }

    /**
     * {@code os.makedirs(name, mode=0o777, exist_ok=False)}: creates the missing parents first
     * (as {@code Lib/os.py} does); an existing directory is an error unless {@code exist_ok}.
     */
    static void makedirs(ModuleHost host, Object name, int mode, boolean existOk) {
        Object fs = PathArgs.fspath(name);
        String text = PathArgs.text(fs);
        String[] ht = PosixPath.split(text);
        if (ht[1].isEmpty()) {
            ht = PosixPath.split(ht[0]);
        }
        String head = ht[0];
        String tail = ht[1];
        Path headPath = head.isEmpty() ? null : host.resolve(head);
        if (!head.isEmpty() && !tail.isEmpty() && !BlockingIo.query(host, () -> Files.exists(headPath))) {
            try {
                makedirs(host, head, 0777, existOk);
            } catch (PyException e) {
                if (!e.matches(pygil.runtime.error.ExceptionTypes.FILE_EXISTS_ERROR)) {
                    throw e;
                }
            }
            if (tail.equals(".")) {
                return;
            }
        }
        try {
            mkdir(host, PathArgs.path("mkdir", name), mode);
        } catch (PyException e) {
            Path target = host.resolve(text);
            if (!existOk || !e.matches(pygil.runtime.error.ExceptionTypes.OS_ERROR) || !BlockingIo.query(host, () -> Files.isDirectory(target))) {
                throw e;
            }
        }
    }

    /** {@code os.remove(path)}: a file (or link); a directory is IsADirectoryError, as unlink(2) says. */
    static void remove(ModuleHost host, PathArg path) {
        Path p = host.resolve(path.path());
        int errno;
        try {
            errno = BlockingIo.call(host, () -> {
                if (Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)) {
                    return 21;
                }
                Files.delete(p);
                return 0;
            });
        } catch (IOException e) {
            throw OsErrors.fromIOException(e, path.original(), null);
        }
        if (errno != 0) {
            throw OsErrors.error(errno, path.original(), null);
        }
    }

    /** {@code os.rmdir(path)}: an empty directory; a file is NotADirectoryError. */
    static void rmdir(ModuleHost host, PathArg path) {
        Path p = host.resolve(path.path());
        int errno;
        try {
            errno = BlockingIo.call(host, () -> {
                if (Files.exists(p, LinkOption.NOFOLLOW_LINKS) && !Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)) {
                    return 20;
                }
                if (p.getParent() == null) {
                    return 16; // the root: EBUSY
                }
                Files.delete(p);
                return 0;
            });
        } catch (IOException e) {
            throw OsErrors.fromIOException(e, path.original(), null);
        }
        if (errno != 0) {
            throw OsErrors.error(errno, path.original(), null);
        }
    }

    /** {@code os.rename(src, dst)}/{@code os.replace}: rename(2), replacing an existing file. */
    static void rename(ModuleHost host, PathArg src, PathArg dst) {
        Path from = host.resolve(src.path());
        Path to = host.resolve(dst.path());
        int errno;
        try {
            errno = BlockingIo.call(host, () -> {
                if (!Files.exists(from, LinkOption.NOFOLLOW_LINKS)) {
                    return 2;
                }
                boolean fromDir = Files.isDirectory(from, LinkOption.NOFOLLOW_LINKS);
                if (Files.isDirectory(to, LinkOption.NOFOLLOW_LINKS) && !fromDir) {
                    return 21;
                }
                if (fromDir && Files.exists(to, LinkOption.NOFOLLOW_LINKS) && !Files.isDirectory(to, LinkOption.NOFOLLOW_LINKS)) {
                    return 20;
                }
                Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
                return 0;
            });
        } catch (IOException e) {
            throw OsErrors.fromIOException(e, src.original(), dst.original());
        }
        if (errno != 0) {
            throw OsErrors.error(errno, src.original(), dst.original());
        }
    }
}
