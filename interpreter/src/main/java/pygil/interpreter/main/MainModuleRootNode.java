package pygil.interpreter.main;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.RootNode;
import com.oracle.truffle.api.source.Source;

import pygil.interpreter.PyContext;
import pygil.interpreter.PyLanguage;
import pygil.runtime.call.Call;
import pygil.runtime.error.ExceptionTypes;
import pygil.runtime.error.PyBaseException;
import pygil.runtime.error.PyException;
import pygil.runtime.gil.GilThread;
import pygil.runtime.object.PyModule;

/**
 * Runs a source as the {@code __main__} module and answers the process exit status
 * (Equivalent of CPython's {@code pymain_run_file}): 0 on success, 1 after printing an uncaught
 * exception or a syntax error, or the status a {@code SystemExit} carries. Output streams are
 * flushed before the status is returned.
 */
public final class MainModuleRootNode extends RootNode {
    private final Source source;

    public MainModuleRootNode(PyLanguage language, Source source) {
        super(language);
        this.source = source;
    }

    @Override
    public Object execute(VirtualFrame frame) {
        return run();
    }

    @TruffleBoundary
    private int run() {
        PyContext context = PyContext.get();
        GilThread me = context.language().gilThread();
        context.gil().acquire(me, this);
        try {
            return runHoldingGil(context);
        } finally {
            context.gil().release(me);
        }
    }

    private int runHoldingGil(PyContext context) {
        if (context.env().getOptions().get(pygil.interpreter.PyOptions.AST) || context.env().getOptions().get(pygil.interpreter.PyOptions.DIS)) {
            return inspect(context);
        }
        int status;
        try {
            initPath(context);
            PyModule main = new PyModule("__main__");
            context.modules().putString("__main__", main);
            context.imports().execModule(main, source, true);
            status = 0;
        } catch (PyException e) {
            status = report(context, e.exception);
            e.dispose();
        } catch (RuntimeException | Error e) {
            // an internal error: the launcher reports it, but output written so far is not lost
            context.flushStreams();
            throw e;
        }
        status = Shutdown.joinThreads(context, status);
        Shutdown.clearModules(context);
        pygil.runtime.io.OpenFiles.closeAll();
        context.flushStreams();
        return status;
    }

    /** {@code --ast} / {@code --dis}: print the program's tree or bytecode instead of running it. */
    private int inspect(PyContext context) {
        try {
            String text;
            if (context.env().getOptions().get(pygil.interpreter.PyOptions.AST)) {
                String name = source.getPath() != null ? source.getPath() : source.getName();
                text = pygil.ast.AstDump.dump(pygil.parser.PythonParser.parse(source.getCharacters().toString(), name), 3) + "\n";
            } else {
                text = Disassembler.disassemble(context.imports().compile(source));
            }
            Call.callMethod(context.sys().getDict().getString("stdout"), "write", text);
            context.flushStreams();
            return 0;
        } catch (pygil.syntax.PySyntaxError e) {
            writeErr(context, e.format());
            return 1;
        } catch (PyException e) {
            int status = report(context, e.exception);
            e.dispose();
            return status;
        }
    }

    /** {@code sys.path[0]}: the script's directory, or '' (the working directory) for {@code -c}. */
    private void initPath(PyContext context) {
        String path = source.getPath();
        String dir = path == null ? "" : new java.io.File(path).getParent();
        Object sysPath = context.sys().getDict().getString("path");
        if (sysPath instanceof pygil.runtime.object.PyList list) {
            list.insert(0, dir == null ? "" : dir);
        }
    }

    /** An uncaught exception: SystemExit gives the status, anything else prints a traceback. */
    static int report(PyContext context, PyBaseException exc) {
        if (exc.getType().isSubtypeOf(ExceptionTypes.SYSTEM_EXIT)) {
            Object[] status = ExitStatus.of(exc);
            if (status[1] != null) {
                writeErr(context, (String) status[1]);
            }
            return (Integer) status[0];
        }
        // stdout is not flushed first: in a pipe CPython's block-buffered stdout also comes
        // out after the traceback, at exit
        writeErr(context, ErrorPrinter.format(exc, context.sourceLines()));
        // CPython ends an uncaught KeyboardInterrupt by SIGINT, which shells report as 130
        return exc.getType().isSubtypeOf(ExceptionTypes.KEYBOARD_INTERRUPT) ? 130 : 1;
    }

    private static void writeErr(PyContext context, String text) {
        try {
            Object stderr = context.sys().getDict().getString("stderr");
            Call.callMethod(stderr, "write", text);
            Call.callMethod(stderr, "flush");
        } catch (PyException e) {
            context.stderr().write(text);
            context.stderr().flush();
        }
    }

    @Override
    public String getName() {
        return "<main>";
    }

    @Override
    public boolean isInternal() {
        return true;
    }
}
