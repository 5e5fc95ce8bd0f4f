package pygil.stdlib.os;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Map;

import pygil.runtime.call.ArgParser;
import pygil.runtime.error.PyErrors;
import pygil.runtime.module.ModuleHost;
import pygil.runtime.object.PNone;
import pygil.runtime.object.PyModule;
import pygil.runtime.object.PyTuple;
import pygil.runtime.ops.Truth;
import pygil.stdlib.os.PathArgs.PathArg;
import pygil.stdlib.support.Defs;
import pygil.stdlib.support.StructSeq;

/**
 * {@code os.stat}, {@code os.lstat} and {@code os.stat_result} (Equivalent of
 * {@code os_stat_impl} and {@code _pystat_fromstructstat} of {@code posixmodule.c}): the
 * tuple holds {@code st_mode .. st_size} and the integer times, the named-only fields the
 * float and nanosecond times, {@code st_blksize}, {@code st_blocks} (estimated from the size:
 * Java does not report the allocation) and {@code st_rdev}.
 */
final class Stat {
    private Stat() {}

    private static final String[] VISIBLE = {"st_mode", "st_ino", "st_dev", "st_nlink", "st_uid", "st_gid", "st_size", null, null, null};
    private static final String[] REPR = {"st_mode", "st_ino", "st_dev", "st_nlink", "st_uid", "st_gid", "st_size", "st_atime", "st_mtime", "st_ctime"};
    private static final String[] HIDDEN = {"st_atime", "st_mtime", "st_ctime", "st_atime_ns", "st_mtime_ns", "st_ctime_ns", "st_blksize", "st_blocks", "st_rdev"};

    static final StructSeq SEQ = new StructSeq("os", "stat_result", VISIBLE, REPR, HIDDEN,
                    "stat_result: Result from stat, fstat, or lstat.");

    private static final String[] PARAMS = {"path", "dir_fd", "follow_symlinks"};

    static void install(PyModule m, ModuleHost host) {
        m.getDict().putString("stat_result", SEQ.type);
        Defs.raw(m, "stat", (args, kw) -> {
            Object[] p = ArgParser.parse("stat", args, kw, PARAMS, 0, 1, 1);
            noDirFd(p[1]);
            boolean follow = p[2] == null || Truth.isTrue(p[2]);
            return stat(host, PathArgs.convert("stat", "path", p[0], "string, bytes, os.PathLike or integer"), follow);
        });
        Defs.raw(m, "lstat", (args, kw) -> {
            Object[] p = ArgParser.parse("lstat", args, kw, new String[] {"path", "dir_fd"}, 0, 1, 1);
            noDirFd(p[1]);
            return stat(host, PathArgs.convert("lstat", "path", p[0], "string, bytes or os.PathLike"), false);
        });
    }

    private static void noDirFd(Object dirFd) {
        if (dirFd != null && dirFd != PNone.NONE) {
            throw PyErrors.notImplementedError("dir_fd unavailable on this platform");
        }
    }

    /** The stat_result of a path. */
    static PyTuple stat(ModuleHost host, PathArg path, boolean follow) {
        Path p = host.resolve(path.path());
        try {
            Map<String, Object> a = BlockingIo.call(host,
                            () -> follow ? Files.readAttributes(p, "unix:*") : Files.readAttributes(p, "unix:*", LinkOption.NOFOLLOW_LINKS));
            long size = ((Number) a.get("size")).longValue();
            FileTime atime = (FileTime) a.get("lastAccessTime");
            FileTime mtime = (FileTime) a.get("lastModifiedTime");
            FileTime ctime = (FileTime) a.get("ctime");
            Object[] items = {num(a.get("mode")), num(a.get("ino")), num(a.get("dev")), num(a.get("nlink")), num(a.get("uid")), num(a.get("gid")), size,
                            atime.toInstant().getEpochSecond(), mtime.toInstant().getEpochSecond(), ctime.toInstant().getEpochSecond()};
            long blocks = (size + 4095) / 4096 * 8;
            return SEQ.make(items, PathModule.seconds(atime), PathModule.seconds(mtime), PathModule.seconds(ctime), nanos(atime), nanos(mtime), nanos(ctime),
                            4096L, blocks, num(a.get("rdev")));
        } catch (IOException e) {
            throw OsErrors.fromIOException(e, path.original(), null);
        } catch (UnsupportedOperationException | IllegalArgumentException e) {
            throw PyErrors.osError("stat: unsupported on this file system");
        }
    }

    private static long num(Object o) {
        return o instanceof Number n ? n.longValue() : 0L;
    }

    private static Object nanos(FileTime t) {
        java.time.Instant i = t.toInstant();
        return pygil.runtime.num.IntMath.normalize(java.math.BigInteger.valueOf(i.getEpochSecond()).multiply(java.math.BigInteger.valueOf(1_000_000_000L))
                        .add(java.math.BigInteger.valueOf(i.getNano())));
    }
}
