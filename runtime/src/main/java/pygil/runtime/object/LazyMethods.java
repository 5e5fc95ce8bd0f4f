package pygil.runtime.object;

import java.util.ArrayDeque;
import java.util.List;

/**
 * A group of builtin types whose methods one installer defines, run the first time any of the
 * group's dicts is read (startup time: defining the ~700 builtin methods spins one lambda class
 * each, about 0.15 s of a cold JVM, and a short script uses a few types).
 *
 * <h2>Design notes</h2>
 * <ul>
 * <li>A type of the group reads its dict only through {@link PyType}'s accessor, which calls
 * {@link #ensure()} while its pending group is set; the pending field is volatile and cleared
 * only after the installer has finished, so another thread (GIL off) that sees it cleared also
 * sees the finished dict.</li>
 * <li>Installers run under one global lock (reentrant). A type read by its own group's installer
 * while it runs sees the dict as filled so far, as the eager installation did.</li>
 * <li>An installer may only define methods on the types of its group (or on types that are not
 * managed lazily): {@link #checkWrite} throws on a write into another lazy type's dict, because
 * that type may already have been read without those methods. Tests exercise every group.</li>
 * </ul>
 */
public final class LazyMethods {
    private static final Object LOCK = new Object();
    /** The groups whose installers run now on the thread holding {@link #LOCK}, innermost last. */
    private static final ArrayDeque<LazyMethods> RUNNING = new ArrayDeque<>();

    private final String name;
    private final Runnable installer;
    private final List<PyType> types;
    private volatile boolean done;

    private LazyMethods(String name, Runnable installer, List<PyType> types) {
        this.name = name;
        this.installer = installer;
        this.types = types;
    }

    /** Defers {@code installer} until one of {@code types} is used. */
    public static void defer(String name, Runnable installer, PyType... types) {
        LazyMethods group = new LazyMethods(name, installer, List.of(types));
        for (PyType t : types) {
            t.deferMethods(group);
        }
    }

    /** Runs the installer once; returns when the group's dicts are complete (or being filled by this thread). */
    void ensure() {
        if (done) {
            return;
        }
        synchronized (LOCK) {
            if (done || RUNNING.contains(this)) {
                return;
            }
            RUNNING.addLast(this);
            try {
                installer.run();
            } finally {
                RUNNING.removeLast();
                done = true;
            }
        }
    }

    boolean isDone() {
        return done;
    }

    /** Called when a builtin type's dict changes: a running group may only write its own types. */
    static void checkWrite(PyType t, LazyMethods pendingOfT) {
        if (pendingOfT == null || RUNNING.isEmpty()) {
            return;
        }
        LazyMethods current = RUNNING.peekLast();
        if (current != pendingOfT && !current.types.contains(t)) {
            throw new IllegalStateException("methods group " + current.name + " defines on " + t.getName() + ", which belongs to group " + pendingOfT.name);
        }
    }
}
