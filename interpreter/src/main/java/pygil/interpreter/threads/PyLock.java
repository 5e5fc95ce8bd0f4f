package pygil.interpreter.threads;

import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

import pygil.interpreter.PyContext;
import pygil.runtime.builtins.BuiltinTypes;
import pygil.runtime.error.PyErrors;
import pygil.runtime.object.PyObject;
import pygil.runtime.object.PyType;

/**
 * {@code _thread.lock} (Equivalent of CPython's {@code lockobject}): a non-reentrant lock that
 * any thread may release.
 *
 * <h2>Design notes</h2>
 * A {@link Semaphore} with one permit, because a Python lock may be released by a thread other
 * than the one that acquired it (a ReentrantLock may not). {@link #acquire} first tries without
 * waiting while holding the GIL (as CPython's {@code acquire_timed}); only if that fails does it
 * drop the GIL for the blocking wait, so an uncontended acquire costs no GIL handoff.
 */
public final class PyLock extends PyObject {
    static final PyType TYPE = new PyType("lock", BuiltinTypes.OBJECT, PyType.Layout.BUILTIN, false);

    private final Semaphore permit = new Semaphore(1);

    @Override
    public PyType getType() {
        return TYPE;
    }

    /** {@code acquire(blocking=True, timeout=-1)}; timeout in seconds, -1 for none. */
    @TruffleBoundary
    public boolean acquire(boolean blocking, double timeout) {
        if (!blocking && timeout != -1) {
            throw PyErrors.valueError("can't specify a timeout for a non-blocking call");
        }
        if (timeout < 0 && timeout != -1) {
            throw PyErrors.valueError("timeout value must be a non-negative number");
        }
        if (permit.tryAcquire()) {
            return true;
        }
        if (!blocking) {
            return false;
        }
        PyContext context = PyContext.get();
        return context.gil().releaseWhile(context.language().gilThread(), null, () -> {
            try {
                if (timeout == -1) {
                    permit.acquire();
                    return true;
                }
                return permit.tryAcquire(Math.round(timeout * 1e9), TimeUnit.NANOSECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        });
    }

    /** Synchronized so that two releases racing (with the GIL off) cannot both succeed. */
    @TruffleBoundary
    public synchronized void unlock() {
        if (permit.availablePermits() > 0) {
            throw PyErrors.runtimeError("release unlocked lock");
        }
        permit.release();
    }

    public boolean isLocked() {
        return permit.availablePermits() == 0;
    }
}
