package pygil.runtime.io;

import java.io.IOException;
import java.nio.channels.SeekableByteChannel;
import java.util.concurrent.atomic.AtomicInteger;

import pygil.runtime.builtins.BuiltinTypes;
import pygil.runtime.call.ArgParser;
import pygil.runtime.error.PyErrors;
import pygil.runtime.object.PNone;
import pygil.runtime.object.PyBytes;
import pygil.runtime.object.PyValueSub;
import pygil.runtime.ops.Numbers;
import pygil.runtime.ops.Truth;
import pygil.runtime.text.StrCodecs;

/**
 * The builtin {@code open(file, mode='r', buffering=-1, encoding=None, errors=None,
 * newline=None, closefd=True, opener=None)} (Equivalent of {@code _io_open_impl}): checks the
 * arguments with CPython's messages, opens the file through {@link FileSystemHook#current()}
 * and wraps it in a {@link PyTextFile} or {@link PyBinaryFile}.
 *
 * <p>Not supported: opening a file descriptor (an int {@code file}), {@code opener}, and
 * {@code closefd=False}; {@code buffering} is checked but files are always buffered
 * ({@code buffering=0} in binary mode gives a buffered file, not a {@code FileIO}).
 */
public final class OpenFunction {
    private OpenFunction() {}

    private static final String[] NAMES = {"file", "mode", "buffering", "encoding", "errors", "newline", "closefd", "opener"};

    /** Pseudo file numbers, as if the standard streams had 0..2. */
    private static final AtomicInteger NEXT_FILENO = new AtomicInteger(3);

    /** A new pseudo file number (also used for pipe descriptors, so that numbers never clash). */
    public static int allocateFileno() {
        return NEXT_FILENO.getAndIncrement();
    }

    /** {@code open(...)} with the builtin calling convention. */
    public static Object call(Object[] args, String[] kwNames) {
        Object[] p = ArgParser.parse("open", args, kwNames, NAMES, 0, 8, 1);
        String mode = p[1] == null ? "r" : str(p[1], "open() argument 'mode' must be str, not ");
        long buffering = p[2] == null ? -1 : Numbers.asInt(p[2]);
        String encoding = optional(p[3], "open() argument 'encoding' must be str or None, not ");
        String errors = optional(p[4], "open() argument 'errors' must be str or None, not ");
        String newline = optional(p[5], "open() argument 'newline' must be str or None, not ");
        boolean closefd = p[6] == null || Truth.isTrue(p[6]);
        Object opener = p[7] == null ? PNone.NONE : p[7];
        return open(p[0], mode, buffering, encoding, errors, newline, closefd, opener);
    }

    private static String str(Object o, String what) {
        if (PyValueSub.unwrap(o) instanceof String s) {
            return s;
        }
        throw PyErrors.typeError(what + BuiltinTypes.typeName(o));
    }

    private static String optional(Object o, String what) {
        return o == null || o == PNone.NONE ? null : str(o, what);
    }

    /** Opens a file; null encoding/errors/newline mean the defaults. */
    public static Object open(Object file, String mode, long buffering, String encoding, String errors, String newline, boolean closefd, Object opener) {
        String path = path(file);
        OpenMode m = OpenMode.parse(mode);
        if (m.binary) {
            if (encoding != null) {
                throw PyErrors.valueError("binary mode doesn't take an encoding argument");
            }
            if (errors != null) {
                throw PyErrors.valueError("binary mode doesn't take an errors argument");
            }
            if (newline != null) {
                throw PyErrors.valueError("binary mode doesn't take a newline argument");
            }
        } else if (buffering == 0) {
            throw PyErrors.valueError("can't have unbuffered text I/O");
        }
        if (newline != null && !newline.isEmpty() && !newline.equals("\n") && !newline.equals("\r") && !newline.equals("\r\n")) {
            throw PyErrors.valueError("illegal newline value: " + newline);
        }
        if (!closefd) {
            throw PyErrors.valueError("Cannot use closefd=False with file name");
        }
        if (opener != PNone.NONE) {
            throw PyErrors.notImplementedError("pygil: open() with an opener is not supported");
        }
        if (!m.binary) {
            StrCodecs.lookup(encoding == null ? "utf-8" : encoding); // LookupError "unknown encoding: x" before opening
        }
        BufferedChannel channel = openChannel(path, m, file);
        int fileno = allocateFileno();
        if (m.binary) {
            return new PyBinaryFile(BinaryFileTypes.typeFor(m), file, m, channel, fileno);
        }
        return new PyTextFile(file, m, channel, fileno, encoding == null ? "UTF-8" : encoding, errors == null ? "strict" : errors, newline);
    }

    /** The path of a str or bytes {@code file} argument. */
    private static String path(Object file) {
        Object f = PyValueSub.unwrap(file);
        String path;
        if (f instanceof String s) {
            path = s;
        } else if (f instanceof PyBytes b) {
            path = new String(b.bytes, java.nio.charset.StandardCharsets.UTF_8);
        } else if (Numbers.isInt(f)) {
            throw PyErrors.notImplementedError("pygil: open() of a file descriptor is not supported");
        } else {
            throw PyErrors.typeError("expected str, bytes or os.PathLike object, not " + BuiltinTypes.typeName(file));
        }
        if (path.indexOf('\0') >= 0) {
            throw PyErrors.valueError("embedded null byte");
        }
        return path;
    }

    private static BufferedChannel openChannel(String path, OpenMode m, Object file) {
        FileSystemHook fs = FileSystemHook.current();
        if (!m.creating && fs.isDirectory(path)) {
            throw IOErrors.osError(21, "Is a directory", file);
        }
        SeekableByteChannel ch = null;
        try {
            ch = fs.open(path, m.options());
            return new BufferedChannel(ch, m.appending);
        } catch (IOException e) {
            closeQuietly(ch);
            throw IOErrors.fromIOException(e, file);
        }
    }

    private static void closeQuietly(SeekableByteChannel ch) {
        if (ch != null) {
            try {
                ch.close();
            } catch (IOException e) {
                // already failing
            }
        }
    }
}
