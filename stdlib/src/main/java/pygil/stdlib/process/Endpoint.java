package pygil.stdlib.process;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;

/**
 * One end of a pipe: the read end (an {@link InputStream}) or the write end (an
 * {@link OutputStream}) of a child's standard stream or of an {@code os.pipe()}.
 *
 * <h2>Design notes</h2>
 * An end has holders, as an OS pipe end has descriptors: the program's descriptor in the
 * {@link FdTable} and every pump thread that copies through it. It closes when the last holder
 * releases it, so that {@code os.close(w)} right after starting a child that writes to
 * {@code w} does not cut the child's output short, and the reader sees end-of-file only when
 * every writer is gone, as with a real pipe. {@link #retain} and {@link #release} are
 * synchronized on the end; reads and writes are not (each end has one reader or writer at a
 * time in practice, and the streams are thread-safe enough for that).
 */
final class Endpoint {
    final InputStream in;
    final OutputStream out;
    private int holders = 1;

    private Endpoint(InputStream in, OutputStream out) {
        this.in = in;
        this.out = out;
    }

    static Endpoint reading(InputStream in) {
        return new Endpoint(in, null);
    }

    static Endpoint writing(OutputStream out) {
        return new Endpoint(null, out);
    }

    synchronized Endpoint retain() {
        holders++;
        return this;
    }

    /** Drops one holder; the last one closes the stream (errors on close are ignored, as EPIPE on close is). */
    void release() {
        synchronized (this) {
            if (--holders != 0) {
                return;
            }
        }
        try {
            ((Closeable) (in != null ? in : out)).close();
        } catch (IOException e) {
            // nothing to report: the other side has gone away
        }
    }
}
