package pygil.runtime.io;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.SeekableByteChannel;
import java.util.Arrays;

/**
 * A buffered, seekable byte stream over a channel (Equivalent of CPython's
 * {@code BufferedRandom} over a {@code FileIO}): reads are served from an 8 KiB buffer, writes
 * are collected and written on {@link #flush}, when the buffer fills, before a read or seek,
 * and on close. At most one of the two buffers is non-empty. In append mode every flush writes
 * at the end of the file. Not thread-safe: the file objects serialize access.
 */
final class BufferedChannel {
    static final int BUFFER_SIZE = 8192;

    private final SeekableByteChannel channel;
    private final boolean append;
    private final byte[] rbuf = new byte[BUFFER_SIZE];
    private int rpos;
    private int rlim;
    private final ByteArrayOutputStream wbuf = new ByteArrayOutputStream();

    BufferedChannel(SeekableByteChannel channel, boolean append) throws IOException {
        this.channel = channel;
        this.append = append;
        if (append) {
            channel.position(channel.size());
        }
    }

    /** The logical position: where the next read or write happens. */
    long tell() throws IOException {
        if (wbuf.size() > 0) {
            return (append ? channel.size() : channel.position()) + wbuf.size();
        }
        return channel.position() - (rlim - rpos);
    }

    /** Moves to {@code pos} (bytes from the start). */
    long seek(long pos) throws IOException {
        flush();
        rpos = rlim = 0;
        channel.position(pos);
        return pos;
    }

    /** Moves to the end; returns the new position. */
    long seekEnd() throws IOException {
        return seek(sizeAfterFlush());
    }

    /** The size of the file, pending writes included. */
    long size() throws IOException {
        return sizeAfterFlush();
    }

    private long sizeAfterFlush() throws IOException {
        flush();
        return channel.size();
    }

    /** Drops the read-ahead, moving the channel back to the logical position. */
    private void dropReadAhead() throws IOException {
        if (rlim > rpos) {
            channel.position(channel.position() - (rlim - rpos));
        }
        rpos = rlim = 0;
    }

    /** Refills the read buffer; false at end of file. */
    private boolean fill() throws IOException {
        flush();
        rpos = rlim = 0;
        ByteBuffer bb = ByteBuffer.wrap(rbuf);
        int n;
        do {
            n = channel.read(bb);
        } while (n == 0);
        if (n < 0) {
            return false;
        }
        rlim = n;
        return true;
    }

    /** The next byte (0..255) without consuming it, or -1 at end of file. */
    int peek() throws IOException {
        if (rpos == rlim && !fill()) {
            return -1;
        }
        return rbuf[rpos] & 0xff;
    }

    /** The next byte (0..255), or -1 at end of file. */
    int read() throws IOException {
        if (rpos == rlim && !fill()) {
            return -1;
        }
        return rbuf[rpos++] & 0xff;
    }

    /** Up to {@code n} bytes (all the rest when {@code n < 0}); fewer only at end of file. */
    byte[] read(long n) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        while (n < 0 || out.size() < n) {
            if (rpos == rlim && !fill()) {
                break;
            }
            int k = n < 0 ? rlim - rpos : (int) Math.min(rlim - rpos, n - out.size());
            out.write(rbuf, rpos, k);
            rpos += k;
        }
        return out.toByteArray();
    }

    /**
     * The bytes up to and including the next line end, or to end of file; at most {@code limit}
     * bytes when {@code limit >= 0}. Line ends: {@code '\n'} only, or (universal) {@code '\n'},
     * {@code '\r'} and {@code "\r\n"}, or the given two-byte sequence.
     */
    byte[] readLine(long limit, boolean universal, byte[] terminator) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        while (limit < 0 || out.size() < limit) {
            int c = read();
            if (c < 0) {
                break;
            }
            out.write(c);
            if (universal) {
                if (c == '\n') {
                    break;
                }
                if (c == '\r') {
                    if ((limit < 0 || out.size() < limit) && peek() == '\n') {
                        out.write(read());
                    }
                    break;
                }
            } else if (c == terminator[terminator.length - 1] && endsWith(out, terminator)) {
                break;
            }
        }
        return out.toByteArray();
    }

    private static boolean endsWith(ByteArrayOutputStream out, byte[] t) {
        if (out.size() < t.length) {
            return false;
        }
        byte[] b = out.toByteArray();
        return Arrays.equals(b, b.length - t.length, b.length, t, 0, t.length);
    }

    /** Gives back the last {@code n} bytes read, so that they are read again. */
    void unread(int n) throws IOException {
        if (n <= rpos && rlim > 0) {
            rpos -= n;
        } else {
            seek(tell() - n);
        }
    }

    void write(byte[] b) throws IOException {
        dropReadAhead();
        wbuf.write(b, 0, b.length);
        if (wbuf.size() >= BUFFER_SIZE) {
            flush();
        }
    }

    void flush() throws IOException {
        if (wbuf.size() == 0) {
            return;
        }
        if (append) {
            channel.position(channel.size());
        }
        ByteBuffer bb = ByteBuffer.wrap(wbuf.toByteArray());
        wbuf.reset();
        while (bb.hasRemaining()) {
            channel.write(bb);
        }
    }

    /** Truncates the file to {@code size} bytes; the position is kept. */
    long truncate(long size) throws IOException {
        long pos = tell();
        flush();
        dropReadAhead();
        channel.truncate(size);
        channel.position(pos);
        return size;
    }

    /** Flushes and closes the channel (closing even if the flush fails). */
    void close() throws IOException {
        try {
            flush();
        } finally {
            channel.close();
        }
    }
}
