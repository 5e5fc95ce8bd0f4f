package pygil.stdlib.process;

import java.util.HashMap;
import java.util.Map;

import pygil.runtime.call.Call;
import pygil.runtime.error.ExceptionTypes;
import pygil.runtime.error.PyErrors;
import pygil.runtime.module.BuiltinModule;
import pygil.runtime.module.ModuleHost;
import pygil.runtime.object.PNone;
import pygil.runtime.object.PyModule;
import pygil.runtime.ops.Numbers;
import pygil.stdlib.support.Defs;
import sun.misc.Signal;
import sun.misc.SignalHandler;

/**
 * {@code _signal} (Equivalent of CPython's {@code Modules/signalmodule.c}; {@code signal.py}
 * adds the {@code Signals} and {@code Handlers} enums): signal numbers, {@code signal},
 * {@code getsignal}, {@code default_int_handler}, {@code raise_signal}.
 *
 * <h2>Design notes</h2>
 * <ul>
 * <li>The OS signal is caught by the JVM ({@code sun.misc.Signal}, on its signal-dispatch
 * thread), which only queues the Python handler as a pending call of the main thread
 * ({@link ModuleHost#addPendingCall}); the handler runs there, with the GIL, at the next
 * check point or when a blocking call is interrupted, as in CPython.</li>
 * <li>JVM handlers are process-wide, Python handlers per interpreter: the JVM handler of a
 * signal delivers to the interpreter that installed it last ({@link #TARGETS}). SIG_DFL puts
 * back the JVM's own handler (for SIGINT and SIGTERM: an orderly exit with status 128+N).</li>
 * <li>SIGINT raises KeyboardInterrupt by default: the launcher (a program that owns the
 * process) installs {@code default_int_handler} at startup, an embedded program once it
 * imports {@code signal}.</li>
 * <li>Signals the JVM keeps for itself (SIGQUIT, SIGUSR2 on HotSpot, ...) and SIGKILL/SIGSTOP
 * cannot be caught: OSError EINVAL.</li>
 * </ul>
 */
public final class SignalModule implements BuiltinModule {
    static final long SIG_DFL = 0;
    static final long SIG_IGN = 1;
    /** The interpreter each caught signal goes to, by number. */
    private static final Map<Integer, Target> TARGETS = new HashMap<>();
    /** The JVM's own handler of each signal we replaced (SIG_DFL puts it back). */
    private static final Map<Integer, SignalHandler> ORIGINAL = new HashMap<>();

    /** An interpreter's table of Python handlers. */
    private record Target(ModuleHost host, Object[] handlers) {}

    @Override
    public String name() {
        return "_signal";
    }

    @Override
    public PyModule create(ModuleHost host) {
        PyModule m = new PyModule("_signal");
        for (int i = 1; i < SignalNumbers.NAMES.length; i++) {
            m.getDict().putString(SignalNumbers.NAMES[i], (long) i);
        }
        m.getDict().putString("SIGIOT", 6L);
        m.getDict().putString("SIGPOLL", 29L);
        m.getDict().putString("SIGRTMIN", 34L);
        m.getDict().putString("SIGRTMAX", 64L);
        m.getDict().putString("NSIG", (long) SignalNumbers.NSIG);
        m.getDict().putString("SIG_DFL", SIG_DFL);
        m.getDict().putString("SIG_IGN", SIG_IGN);
        Defs.raw(m, "default_int_handler", (args, kw) -> {
            throw PyErrors.raise(ExceptionTypes.KEYBOARD_INTERRUPT);
        });
        Object defaultInt = m.getDict().getString("default_int_handler");
        Target target = new Target(host, new Object[SignalNumbers.NSIG]);
        java.util.Arrays.fill(target.handlers, SIG_DFL);
        target.handlers[SignalNumbers.SIGINT] = defaultInt;
        target.handlers[13] = SIG_IGN; // SIGPIPE: CPython ignores it at startup
        install(target, SignalNumbers.SIGINT, defaultInt);
        Defs.unpack(m, "signal", 2, 2, a -> {
            int sig = SignalNumbers.check(Numbers.asLong(a[0]));
            if (!host.isMainThread()) {
                throw PyErrors.valueError("signal only works in main thread of the main interpreter");
            }
            Object handler = a[1];
            if (!Call.isCallable(handler) && !(Numbers.isInt(handler) && (Numbers.asLong(handler) == SIG_DFL || Numbers.asLong(handler) == SIG_IGN))) {
                throw PyErrors.typeError("signal handler must be signal.SIG_IGN, signal.SIG_DFL, or a callable object");
            }
            Object old = target.handlers[sig];
            install(target, sig, handler);
            target.handlers[sig] = handler;
            return old;
        });
        Defs.unpack(m, "getsignal", 1, 1, a -> target.handlers[SignalNumbers.check(Numbers.asLong(a[0]))]);
        Defs.unpack(m, "raise_signal", 1, 1, a -> {
            SignalNumbers.sendWithKillCommand(ProcessHandle.current().pid(), SignalNumbers.check(Numbers.asLong(a[0])));
            return PNone.NONE;
        });
        return m;
    }

    /** Points the JVM's handler of {@code sig} at what {@code handler} asks for. */
    private static void install(Target target, int sig, Object handler) {
        String name = SignalNumbers.NAMES[sig];
        if (name == null || sig == SignalNumbers.SIGKILL || sig == 19) {
            throw PyErrors.raise(ExceptionTypes.OS_ERROR, 22L, "Invalid argument");
        }
        SignalHandler jvm;
        if (Numbers.isInt(handler) && Numbers.asLong(handler) == SIG_IGN) {
            jvm = SignalHandler.SIG_IGN;
        } else if (Numbers.isInt(handler)) {
            synchronized (TARGETS) {
                jvm = ORIGINAL.getOrDefault(sig, SignalHandler.SIG_DFL);
            }
        } else {
            jvm = s -> deliver(sig);
        }
        synchronized (TARGETS) {
            try {
                SignalHandler previous = Signal.handle(new Signal(name.substring(3)), jvm);
                ORIGINAL.putIfAbsent(sig, previous);
                TARGETS.put(sig, target);
            } catch (IllegalArgumentException e) {
                throw PyErrors.raise(ExceptionTypes.OS_ERROR, 22L, "Invalid argument");
            }
        }
    }

    /** On the JVM's signal thread: queue the Python handler for the main thread. */
    private static void deliver(int sig) {
        Target t;
        synchronized (TARGETS) {
            t = TARGETS.get(sig);
        }
        if (t == null) {
            return;
        }
        try {
            t.host.addPendingCall(() -> {
                Object h = t.handlers[sig];
                if (!Numbers.isInt(h)) {
                    Call.call2(h, (long) sig, PNone.NONE);
                }
            });
        } catch (RuntimeException e) {
            // that interpreter has ended: the signal has no one to go to
        }
    }
}
