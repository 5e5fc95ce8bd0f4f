package pygil.runtime.io;

import java.io.IOException;

import pygil.runtime.error.PyException;
import pygil.runtime.object.PyObject;
import pygil.runtime.object.PyType;
import pygil.runtime.refcount.RefCount;

/**
 * A file opened by {@code open()} (Equivalent of the state CPython's {@code FileIO} and its
 * buffered/text wrappers share): the OS handle (a {@link BufferedChannel}), the name and mode,
 * and whether it is closed. {@link PyTextFile} and {@link PyBinaryFile} add the text and
 * binary read/write methods.
 *
 * <p>Like CPython, which closes a file in its dealloc, releasing the last reference closes the
 * file (flushing pending writes): {@link #releaseReferences()} runs when the reference count
 * drops to zero. Files still open at exit are closed by {@link OpenFiles#closeAll()}.
 */
public abstract class PyFileObject extends PyObject {
    private final PyType type;
    /** The {@code name} attribute: the path as given (str or bytes); a counted reference. */
    private final Object name;
    private final String mode;
    private final OpenMode openMode;
    private final int fileno;
    private BufferedChannel channel;

    protected PyFileObject(PyType type, Object name, OpenMode openMode, String mode, BufferedChannel channel, int fileno) {
        this.type = type;
        this.name = name;
        this.openMode = openMode;
        this.mode = mode;
        this.channel = channel;
        this.fileno = fileno;
        RefCount.incRef(name);
        OpenFiles.register(this);
    }

    @Override
    public final PyType getType() {
        return type;
    }

    /** The {@code name} attribute. */
    public final Object name() {
        return name;
    }

    /** The {@code mode} attribute. */
    public final String mode() {
        return mode;
    }

    public final boolean isClosed() {
        return channel == null;
    }

    /**
     * The channel of an open file; once closed, ValueError "I/O operation on closed file." (the
     * text layer's message) or "I/O operation on closed file" (the binary layer's).
     */
    protected final BufferedChannel channel() {
        return channel(this instanceof PyTextFile ? "I/O operation on closed file." : "I/O operation on closed file");
    }

    /** The channel of an open file; ValueError {@code closedMessage} once closed. */
    protected final BufferedChannel channel(String closedMessage) {
        BufferedChannel c = channel;
        if (c == null) {
            throw pygil.runtime.error.PyErrors.valueError(closedMessage);
        }
        return c;
    }

    /** A Java I/O failure as an OSError naming this file. */
    protected final PyException ioError(IOException e) {
        return IOErrors.fromIOException(e, null);
    }

    /** {@code readable()}. */
    public final boolean readable() {
        channel("I/O operation on closed file");
        return openMode.readable();
    }

    /** {@code writable()}. */
    public final boolean writable() {
        channel("I/O operation on closed file");
        return openMode.writable();
    }

    /** io.UnsupportedOperation "not readable" unless the file was opened for reading. */
    protected final BufferedChannel readChannel() {
        BufferedChannel c = channel(this instanceof PyTextFile ? "I/O operation on closed file." : "read of closed file");
        if (!openMode.readable()) {
            throw IOErrors.unsupported(this instanceof PyTextFile ? "not readable" : "read");
        }
        return c;
    }

    /** io.UnsupportedOperation "not writable" unless the file was opened for writing. */
    protected final BufferedChannel writeChannel() {
        if (!openMode.writable() && !(this instanceof PyTextFile)) {
            throw IOErrors.unsupported("write");
        }
        BufferedChannel c = channel(this instanceof PyTextFile ? "I/O operation on closed file." : "write to closed file");
        if (!openMode.writable()) {
            throw IOErrors.unsupported("not writable");
        }
        return c;
    }

    /** {@code fileno()}: a number unique among open files (not an OS descriptor). */
    public final long fileno() {
        if (channel == null) {
            throw pygil.runtime.error.PyErrors.valueError("I/O operation on closed file");
        }
        return fileno;
    }

    /** {@code flush()}. */
    public final void flush() {
        try {
            channel(this instanceof PyTextFile ? "I/O operation on closed file." : "flush of closed file").flush();
        } catch (IOException e) {
            throw ioError(e);
        }
    }

    /** {@code tell()}: the position in bytes. */
    public final long tell() {
        try {
            return channel().tell();
        } catch (IOException e) {
            throw ioError(e);
        }
    }

    /** {@code truncate(size)}; a negative size means the current position. */
    public final long truncate(long size) {
        if (!openMode.writable()) {
            throw IOErrors.unsupported(this instanceof PyTextFile ? "not writable" : "truncate");
        }
        BufferedChannel c = writeChannel();
        try {
            return c.truncate(size < 0 ? c.tell() : size);
        } catch (IOException e) {
            throw ioError(e);
        }
    }

    /** {@code close()}: flushes and releases the OS handle; closing twice does nothing. */
    public final void close() {
        BufferedChannel c = channel;
        if (c == null) {
            return;
        }
        channel = null;
        OpenFiles.unregister(this);
        try {
            c.close();
        } catch (IOException e) {
            throw ioError(e);
        }
    }

    /** Closes without raising (dealloc, exit). */
    final void closeQuietly() {
        try {
            close();
        } catch (PyException e) {
            // CPython reports "Exception ignored in: <file>"; nothing can be done here.
        }
    }

    @Override
    protected void releaseReferences() {
        closeQuietly();
        RefCount.decRef(name);
    }
}
