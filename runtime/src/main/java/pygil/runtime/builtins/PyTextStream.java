package pygil.runtime.builtins;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

import pygil.runtime.error.PyErrors;
import pygil.runtime.object.PyObject;
import pygil.runtime.object.PyType;

/**
 * A text stream over a Java byte stream, UTF-8 encoded: the object behind {@code sys.stdout},
 * {@code sys.stderr} and {@code sys.stdin} (Equivalent of an {@code io.TextIOWrapper} over a
 * {@code BufferedWriter}/{@code BufferedReader}).
 *
 * <p>Buffering follows CPython: a block-buffered stream (stdout to a pipe or file) flushes when
 * its 8 KiB buffer fills, a line-buffered one (stderr; stdout on a terminal) also on every
 * newline. The interpreter flushes all streams at exit. Writes are serialized per stream.
 *
 * <p>TODO(GIL): blocking reads and flushes should run under {@code Gil.releaseWhile} once the
 * GIL exists.
 */
public final class PyTextStream extends PyObject {
    private static final int BUFFER_SIZE = 8192;

    private final String name;
    private final OutputStream out;
    private final InputStream in;
    private final boolean lineBuffered;
    private final int fileno;
    private final boolean tty;
    private final ByteArrayOutputStream buffer = new ByteArrayOutputStream(BUFFER_SIZE);
    private boolean closed;
    /** One byte read ahead by readline ('\r' handling is not needed: universal newlines off). */
    private final ByteArrayOutputStream lineBytes = new ByteArrayOutputStream();

    /** A writable stream. */
    public PyTextStream(String name, OutputStream out, boolean lineBuffered, int fileno, boolean tty) {
        this.name = name;
        this.out = out;
        this.in = null;
        this.lineBuffered = lineBuffered;
        this.fileno = fileno;
        this.tty = tty;
        makeImmortal();
    }

    /** A writable stream; the file number is 2 for {@code <stderr>}, else 1. */
    public PyTextStream(String name, OutputStream out, boolean lineBuffered, boolean tty) {
        this(name, out, lineBuffered, name.equals("<stderr>") ? 2 : 1, tty);
    }

    /** A readable stream with file number 0, not a terminal. */
    public PyTextStream(String name, InputStream in) {
        this(name, in, 0, false);
    }

    /** A readable stream. */
    public PyTextStream(String name, InputStream in, int fileno, boolean tty) {
        this.name = name;
        this.out = null;
        this.in = in;
        this.lineBuffered = false;
        this.fileno = fileno;
        this.tty = tty;
        makeImmortal();
    }

    @Override
    public PyType getType() {
        return BuiltinTypes.TEXT_IO_WRAPPER;
    }

    public String getName() {
        return name;
    }

    public boolean isLineBuffered() {
        return lineBuffered;
    }

    public boolean isClosed() {
        return closed;
    }

    public int fileno() {
        return fileno;
    }

    public boolean isatty() {
        return tty;
    }

    private void checkOpen() {
        if (closed) {
            throw PyErrors.valueError("I/O operation on closed file.");
        }
    }

    /** {@code write(s)}: returns the number of characters written. */
    public synchronized long write(String s) {
        checkOpen();
        if (out == null) {
            throw PyErrors.raise(pygil.runtime.error.ExceptionTypes.OS_ERROR, "not writable");
        }
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        buffer.write(b, 0, b.length);
        if (buffer.size() >= BUFFER_SIZE || (lineBuffered && s.indexOf('\n') >= 0)) {
            flushBuffer();
        }
        return s.codePointCount(0, s.length());
    }

    /** {@code flush()}. */
    public synchronized void flush() {
        if (out != null && !closed) {
            flushBuffer();
        }
    }

    private void flushBuffer() {
        try {
            buffer.writeTo(out);
            buffer.reset();
            out.flush();
        } catch (IOException e) {
            buffer.reset();
            throw PyErrors.osError(String.valueOf(e.getMessage()));
        }
    }

    /** {@code readline()}: a line with its newline, or '' at EOF. */
    public synchronized String readline() {
        checkOpen();
        if (in == null) {
            throw PyErrors.raise(pygil.runtime.error.ExceptionTypes.OS_ERROR, "not readable");
        }
        lineBytes.reset();
        try {
            int c;
            while ((c = in.read()) >= 0) {
                lineBytes.write(c);
                if (c == '\n') {
                    break;
                }
            }
        } catch (IOException e) {
            throw PyErrors.osError(String.valueOf(e.getMessage()));
        }
        return lineBytes.toString(StandardCharsets.UTF_8);
    }

    /** {@code read()}: the rest of the input. */
    public synchronized String read() {
        checkOpen();
        if (in == null) {
            throw PyErrors.raise(pygil.runtime.error.ExceptionTypes.OS_ERROR, "not readable");
        }
        try {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw PyErrors.osError(String.valueOf(e.getMessage()));
        }
    }

    /** {@code close()}: flushes; the underlying Java stream stays open (it is the process's). */
    public synchronized void close() {
        if (!closed) {
            flush();
            closed = true;
        }
    }
}
