package pygil.interpreter.threads;

import java.util.concurrent.atomic.AtomicInteger;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

import pygil.interpreter.PyContext;
import pygil.interpreter.main.ErrorPrinter;
import pygil.runtime.call.ArgBinder;
import pygil.runtime.call.Call;
import pygil.runtime.error.ExceptionTypes;
import pygil.runtime.error.PyErrors;
import pygil.runtime.error.PyException;
import pygil.runtime.gil.GilThread;
import pygil.runtime.object.BuiltinImpl;
import pygil.runtime.object.PNone;
import pygil.runtime.object.PyBuiltinFunction;
import pygil.runtime.object.PyDict;
import pygil.runtime.object.PyModule;
import pygil.runtime.object.PyTuple;
import pygil.runtime.object.PyType;
import pygil.runtime.ops.Numbers;
import pygil.runtime.ops.Repr;
import pygil.runtime.ops.Truth;

/**
 * The {@code _thread} module (Equivalent of CPython's {@code Modules/_threadmodule.c}): threads
 * are Truffle threads of the context; each takes the GIL before running its Python callable
 * and drops it when done, so with the GIL on at most one runs Python code at a time.
 *
 * <h2>Design notes</h2>
 * <ul>
 * <li>A new thread owns nothing until it has taken the GIL; it then runs with its own
 * {@code PyThreadState} (recursion depth, zero-count table).</li>
 * <li>An exception that escapes the callable is printed as CPython's {@code _thread} does
 * ("Unhandled exception in thread started by ...") and the thread ends; SystemExit ends it
 * silently.</li>
 * <li>The number of running threads ({@code _count()}) is kept in an atomic counter, updated
 * by the thread itself around its run.</li>
 * </ul>
 */
public final class ThreadModule {
    private static final long STACK_SIZE = 256L << 20;

    private ThreadModule() {}

    public static PyModule create(PyContext context) {
        PyModule m = new PyModule("_thread");
        PyDict d = m.getDict();
        AtomicInteger running = new AtomicInteger();
        fn(d, "start_new_thread", (a, kw) -> {
            if (a.length < 2 || a.length > 3) {
                throw PyErrors.typeError("start_new_thread expected at least 2 arguments, got " + a.length);
            }
            if (!(a[1] instanceof PyTuple args)) {
                throw PyErrors.typeError("2nd arg must be a tuple");
            }
            Object kwargs = a.length == 3 ? a[2] : PNone.NONE;
            return start(context, a[0], args, kwargs, running);
        });
        fn(d, "get_ident", (a, kw) -> Thread.currentThread().threadId());
        fn(d, "get_native_id", (a, kw) -> Thread.currentThread().threadId());
        fn(d, "allocate_lock", (a, kw) -> new PyLock());
        fn(d, "_count", (a, kw) -> (long) running.get());
        fn(d, "daemon_threads_allowed", (a, kw) -> true);
        fn(d, "stack_size", (a, kw) -> 0L);
        d.putString("LockType", PyLock.TYPE);
        d.putString("error", ExceptionTypes.RUNTIME_ERROR);
        d.putString("TIMEOUT_MAX", 9223372036.0);
        installLockMethods();
        return m;
    }

    @TruffleBoundary
    private static Object start(PyContext context, Object function, PyTuple args, Object kwargs, AtomicInteger running) {
        Object[] positional = args.items.clone();
        Object[] callArgs = positional;
        String[] kwNames = ArgBinder.NO_KEYWORDS;
        if (kwargs instanceof PyDict kw && kw.size() > 0) {
            Object[] keys = kw.keysArray();
            callArgs = java.util.Arrays.copyOf(positional, positional.length + keys.length);
            kwNames = new String[keys.length];
            for (int i = 0; i < keys.length; i++) {
                kwNames[i] = (String) keys[i];
                callArgs[positional.length + i] = kw.getItem(keys[i]);
            }
        }
        // keep what the new thread will use alive until it runs (it has no frame yet)
        function = keep(function);
        Object[] finalArgs = callArgs;
        String[] finalNames = kwNames;
        Object target = function;
        running.incrementAndGet();
        Thread t = context.env().newTruffleThreadBuilder(() -> run(context, target, finalArgs, finalNames, running)).stackSize(STACK_SIZE).build();
        t.setDaemon(true);
        t.start();
        return t.threadId();
    }

    private static Object keep(Object o) {
        pygil.runtime.refcount.RefCount.incRef(o);
        return o;
    }

    private static void run(PyContext context, Object function, Object[] args, String[] kwNames, AtomicInteger running) {
        GilThread me = context.language().gilThread();
        context.gil().acquire(me, null);
        try {
            Call.call(function, args, kwNames);
        } catch (PyException e) {
            if (!e.exception.getType().isSubtypeOf(ExceptionTypes.SYSTEM_EXIT)) {
                String report = "Unhandled exception in thread started by " + Repr.repr(function) + "\n" + ErrorPrinter.format(e.exception, context.sourceLines());
                writeErr(context, report);
            }
            e.dispose();
        } finally {
            pygil.runtime.refcount.RefCount.decRef(function);
            running.decrementAndGet();
            context.gil().release(me);
        }
    }

    private static void writeErr(PyContext context, String text) {
        try {
            Call.callMethod(context.sys().getDict().getString("stderr"), "write", text);
        } catch (PyException e) {
            e.dispose();
        }
    }

    private static void installLockMethods() {
        PyType t = PyLock.TYPE;
        method(t, "acquire", (a, kw) -> {
            boolean blocking = a.length < 2 || Truth.isTrue(a[1]);
            double timeout = a.length < 3 ? -1 : Numbers.toDouble(a[2]);
            for (int i = 0; i < kw.length; i++) {
                Object v = a[a.length - kw.length + i];
                if (kw[i].equals("blocking")) {
                    blocking = Truth.isTrue(v);
                } else if (kw[i].equals("timeout")) {
                    timeout = Numbers.toDouble(v);
                }
            }
            return lock(a).acquire(blocking, timeout);
        });
        method(t, "__enter__", (a, kw) -> lock(a).acquire(true, -1));
        method(t, "release", (a, kw) -> {
            lock(a).unlock();
            return PNone.NONE;
        });
        method(t, "__exit__", (a, kw) -> {
            lock(a).unlock();
            return false;
        });
        method(t, "locked", (a, kw) -> lock(a).isLocked());
        method(t, "acquire_lock", (a, kw) -> lock(a).acquire(true, -1));
        method(t, "release_lock", (a, kw) -> {
            lock(a).unlock();
            return PNone.NONE;
        });
    }

    private static PyLock lock(Object[] a) {
        if (a.length == 0 || !(a[0] instanceof PyLock l)) {
            throw PyErrors.typeError("descriptor requires a '_thread.lock' object");
        }
        return l;
    }

    private static void method(PyType t, String name, BuiltinImpl impl) {
        t.getDict().putString(name, new PyBuiltinFunction(name, t, impl));
    }

    private static void fn(PyDict d, String name, BuiltinImpl impl) {
        d.putString(name, new PyBuiltinFunction(name, impl));
    }
}
