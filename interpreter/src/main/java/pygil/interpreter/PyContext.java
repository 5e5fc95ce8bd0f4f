package pygil.interpreter;

import java.util.List;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.TruffleLanguage.Env;

import pygil.interpreter.builtins.DebugModule;
import pygil.interpreter.gil.GilControl;
import pygil.interpreter.threads.ThreadModule;
import pygil.interpreter.builtins.InterpreterBuiltins;
import pygil.interpreter.builtins.SysModule;
import pygil.interpreter.imports.ImportSystem;
import pygil.interpreter.main.SourceLines;
import pygil.interpreter.objects.GeneratorType;
import pygil.runtime.builtins.BuiltinFunctions;
import pygil.runtime.builtins.PyTextStream;
import pygil.runtime.object.PyDict;
import pygil.runtime.object.PyModule;

/**
 * One interpreter's state (Equivalent of {@code PyInterpreterState}): the builtins, {@code sys},
 * the module table and the standard streams.
 */
public final class PyContext {
    private final PyLanguage language;
    private final Env env;
    private PyModule builtinsModule;
    private PyModule sys;
    private PyDict modules;
    private PyTextStream stdout;
    private PyTextStream stderr;
    private PyTextStream stdin;
    private ImportSystem imports;
    private final SourceLines sourceLines = new SourceLines();
    private final GilControl gil;
    private pygil.interpreter.gil.PendingCalls pendingCalls;
    /** Threads run private copies of function code (see ThreadCodeCopies). */
    final boolean threadPrivateCode;

    PyContext(PyLanguage language, Env env) {
        this.language = language;
        this.env = env;
        this.gil = new GilControl(env, env.getOptions().get(PyOptions.GIL), env.getOptions().get(PyOptions.SWITCH_INTERVAL));
        boolean privateCode = false;
        if (!gil.isEnabled()) {
            // Before any guest code of this context runs: containers lock, counts go atomic.
            pygil.runtime.gil.FreeThreading.enable();
            boolean interpreterOnly = "Interpreted".equals(com.oracle.truffle.api.Truffle.getRuntime().getName());
            if (interpreterOnly || env.getOptions().get(PyOptions.THREAD_PRIVATE_CODE)) {
                privateCode = true;
                pygil.runtime.gil.ThreadPrivateCode.enable(ThreadCodeCopies::resolve);
            }
        }
        this.threadPrivateCode = privateCode;
    }

    /** The GIL (its methods do nothing when it is off). */
    public GilControl gil() {
        return gil;
    }

    /** Asynchronous work for the main thread (signal handlers). */
    public pygil.interpreter.gil.PendingCalls pendingCalls() {
        return pendingCalls;
    }

    public static PyContext get() {
        return PyLanguage.context(null);
    }

    @TruffleBoundary
    void initialize() {
        pygil.runtime.io.FileSystemHook.install(new pygil.interpreter.io.TruffleFileSystemHook(env));
        pendingCalls = new pygil.interpreter.gil.PendingCalls(env, gil, language::gilThread);
        // -u / PYTHONUNBUFFERED: every line reaches the pipe at once, as with CPython
        stdout = new PyTextStream("<stdout>", env.out(), env.getOptions().get(PyOptions.UNBUFFERED), false);
        stderr = new PyTextStream("<stderr>", env.err(), true, false);
        stdin = new PyTextStream("<stdin>", env.in());
        modules = new PyDict();
        builtinsModule = new PyModule("builtins");
        PyDict b = builtinsModule.getDict();
        BuiltinFunctions.create(new BuiltinFunctions.Host() {
            @Override
            public Object stdout() {
                return sys.getDict().getString("stdout");
            }

            @Override
            public Object stdin() {
                return sys.getDict().getString("stdin");
            }
        }).forEach(b::putString);
        InterpreterBuiltins.install(b);
        GeneratorType.install();
        modules.putString("builtins", builtinsModule);
        imports = new ImportSystem(this);
        sys = SysModule.create(this, List.of(env.getApplicationArguments()));
        modules.putString("sys", sys);
        modules.putString("_pygil", DebugModule.create());
        modules.putString("_thread", ThreadModule.create(this));
        if (env.getOptions().get(PyOptions.OWNS_PROCESS)) {
            // as CPython at startup: SIGINT raises KeyboardInterrupt in the main thread
            imports.importName(null, "_signal", null, 0);
        }
    }

    public PyLanguage language() {
        return language;
    }

    public Env env() {
        return env;
    }

    public PyDict builtins() {
        return builtinsModule.getDict();
    }

    public PyModule builtinsModule() {
        return builtinsModule;
    }

    public PyModule sys() {
        return sys;
    }

    /** {@code sys.modules}. */
    public PyDict modules() {
        return modules;
    }

    public SourceLines sourceLines() {
        return sourceLines;
    }

    public ImportSystem imports() {
        return imports;
    }

    public PyTextStream stdout() {
        return stdout;
    }

    public PyTextStream stderr() {
        return stderr;
    }

    public PyTextStream stdin() {
        return stdin;
    }

    /** Flushes {@code sys.stdout} and {@code sys.stderr} (at exit, and before printing errors). */
    @TruffleBoundary
    public void flushStreams() {
        flushQuietly(sys == null ? stdout : sys.getDict().getString("stdout"));
        flushQuietly(sys == null ? stderr : sys.getDict().getString("stderr"));
    }

    private static void flushQuietly(Object stream) {
        try {
            if (stream instanceof PyTextStream s) {
                s.flush();
            } else if (stream != null) {
                pygil.runtime.call.Call.callMethod(stream, "flush");
            }
        } catch (RuntimeException e) {
            // a broken user stream must not hide the real outcome
        }
    }
}
