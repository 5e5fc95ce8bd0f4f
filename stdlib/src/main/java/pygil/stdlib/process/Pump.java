package pygil.stdlib.process;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;

/**
 * A daemon thread that copies a stream into another until end-of-file, then runs its
 * {@code done} action (which closes or releases what the pump held). Used where an OS process
 * would share a descriptor and Java cannot: a child's output into the program's own standard
 * streams when they are not the process's (embedded runs), and a child's stream into or out of
 * an {@code os.pipe()} end. A failed write (the reader went away) stops the copy quietly, as
 * EPIPE would stop the child.
 */
final class Pump {
    private static final int CHUNK = 64 * 1024;

    private Pump() {}

    static Thread start(String name, InputStream from, OutputStream to, Runnable done) {
        Thread t = new Thread(() -> {
            try {
                copy(from, to);
            } finally {
                done.run();
            }
        }, name);
        t.setDaemon(true);
        t.start();
        return t;
    }

    /** Copies until end-of-file, flushing after every chunk so that output appears as it comes. */
    static void copy(InputStream from, OutputStream to) {
        byte[] buf = new byte[CHUNK];
        try {
            for (int n; (n = from.read(buf)) >= 0;) {
                to.write(buf, 0, n);
                to.flush();
            }
        } catch (IOException e) {
            // the other side closed: nothing more can be copied
        }
    }

    static void closeQuietly(java.io.Closeable c) {
        try {
            c.close();
        } catch (IOException e) {
            // already gone
        }
    }
}
