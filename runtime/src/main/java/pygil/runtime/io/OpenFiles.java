package pygil.runtime.io;

import java.util.ArrayList;
import java.util.LinkedHashSet;

/**
 * The files opened by {@code open()} and not yet closed, so that they can be flushed and closed
 * when the program ends (CPython closes them when their modules' globals are cleared at
 * shutdown, or when the process exits). The interpreter calls {@link #closeAll()} when a
 * program finishes; a JVM shutdown hook does it too, as a fallback.
 */
public final class OpenFiles {
    private OpenFiles() {}

    private static final LinkedHashSet<PyFileObject> OPEN = new LinkedHashSet<>();
    private static boolean hookInstalled;

    static synchronized void register(PyFileObject f) {
        if (!hookInstalled) {
            hookInstalled = true;
            Runtime.getRuntime().addShutdownHook(new Thread(OpenFiles::closeAll, "pygil-close-files"));
        }
        OPEN.add(f);
    }

    static synchronized void unregister(PyFileObject f) {
        OPEN.remove(f);
    }

    /** The number of files currently open. */
    public static synchronized int count() {
        return OPEN.size();
    }

    /** Closes every open file (flushing it), most recently opened first; errors are ignored. */
    public static void closeAll() {
        ArrayList<PyFileObject> files;
        synchronized (OpenFiles.class) {
            files = new ArrayList<>(OPEN);
        }
        for (int i = files.size() - 1; i >= 0; i--) {
            files.get(i).closeQuietly();
        }
    }
}
