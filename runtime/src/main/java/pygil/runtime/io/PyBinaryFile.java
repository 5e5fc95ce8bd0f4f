package pygil.runtime.io;

import java.io.IOException;

import pygil.runtime.object.PyBytes;
import pygil.runtime.object.PyList;
import pygil.runtime.object.PyType;

/**
 * A file opened in binary mode (Equivalent of {@code _io.BufferedReader},
 * {@code BufferedWriter} and {@code BufferedRandom} over a {@code FileIO}): bytes in, bytes out.
 */
public final class PyBinaryFile extends PyFileObject {
    private static final byte[] LF = {'\n'};

    PyBinaryFile(PyType type, Object name, OpenMode mode, BufferedChannel channel, int fileno) {
        super(type, name, mode, mode.binaryMode(), channel, fileno);
    }

    /** {@code read(n)}: up to n bytes, all the rest when {@code n < 0}. */
    public PyBytes read(long n) {
        try {
            return new PyBytes(readChannel().read(n));
        } catch (IOException e) {
            throw ioError(e);
        }
    }

    /** {@code readline(limit)}: through the next {@code b'\n'}, at most limit bytes when {@code limit >= 0}. */
    public PyBytes readline(long limit) {
        try {
            return new PyBytes(readChannel().readLine(limit, false, LF));
        } catch (IOException e) {
            throw ioError(e);
        }
    }

    /** {@code readlines(hint)}: lines until their total size reaches hint (all when {@code hint <= 0}). */
    public PyList readlines(long hint) {
        PyList l = new PyList();
        long total = 0;
        while (true) {
            PyBytes line = readline(-1);
            if (line.size() == 0) {
                return l;
            }
            l.append(line);
            total += line.size();
            if (hint > 0 && total >= hint) {
                return l;
            }
        }
    }

    /** {@code write(b)}: returns the number of bytes written. */
    public long write(byte[] b) {
        try {
            writeChannel().write(b);
            return b.length;
        } catch (IOException e) {
            throw ioError(e);
        }
    }

    /** {@code seek(offset, whence)}: whence 0 (start), 1 (current) or 2 (end). */
    public long seek(long offset, int whence) {
        BufferedChannel c = channel();
        try {
            long base = whence == 0 ? 0 : whence == 1 ? c.tell() : c.seekEnd();
            long pos = base + offset;
            if (pos < 0) {
                throw pygil.runtime.error.PyErrors.raise(pygil.runtime.error.ExceptionTypes.OS_ERROR, 22L, "Invalid argument");
            }
            return c.seek(pos);
        } catch (IOException e) {
            throw ioError(e);
        }
    }
}
