package pygil.launcher;

import java.io.File;
import java.io.FileDescriptor;
import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;

import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.Engine;
import org.graalvm.polyglot.EnvironmentAccess;
import org.graalvm.polyglot.PolyglotException;
import org.graalvm.polyglot.Source;
import org.graalvm.polyglot.Value;
import org.graalvm.polyglot.io.IOAccess;

/**
 * {@code pygil [options] script.py [args...]} and {@code pygil -c "code"}: runs a program the
 * way {@code python3} does and exits with CPython's status (0; 1 for an uncaught exception or a
 * syntax error; 2 for bad usage or a missing script; a SystemExit's code).
 *
 * <p>The program runs on a thread with a large stack, so that deep recursion reaches Python's
 * recursion limit (RecursionError) long before the Java stack ends.
 */
public final class Main {
    static final String LANGUAGE = "pygil";
    static final String VERSION = "Python 3.11.7 (pygil 0.1.0)";
    /** Enough for sys.setrecursionlimit(100000) in the interpreter tier. */
    private static final long STACK_SIZE = 4L << 30;
    static final String USAGE = "usage: pygil [option] ... [-c cmd | file] [arg] ...\n";

    private Main() {}

    public static void main(String[] args) {
        PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), false, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8);
        int status = run(args, new FileInputStream(FileDescriptor.in), out, err, null, null, true);
        out.flush();
        err.flush();
        System.exit(status);
    }

    /**
     * Runs one program to completion and answers its exit status. {@code engine} may be shared
     * between runs (tests); when null, a private engine is made from the options. {@code run}
     * (may be null) sets the working directory and receives the context, so that a caller can
     * cancel a program that does not finish.
     */
    public static int run(String[] args, InputStream in, OutputStream out, OutputStream err, Engine engine, RunHandle run) {
        return run(args, in, out, err, engine, run, false);
    }

    /** {@code ownsProcess}: the streams are the process's own (children inherit them; SIGINT is the program's). */
    static int run(String[] args, InputStream in, OutputStream out, OutputStream err, Engine engine, RunHandle run, boolean ownsProcess) {
        PrintStream errText = new PrintStream(err, true, StandardCharsets.UTF_8);
        Options o = Options.parse(args);
        if (o.error != null) {
            errText.print(o.error + "\n" + USAGE + "Try `pygil -h' for more information.\n");
            return 2;
        }
        if (o.help) {
            PrintStream outText = new PrintStream(out, true, StandardCharsets.UTF_8);
            outText.print(Help.TEXT);
            return 0;
        }
        if (o.version) {
            PrintStream outText = new PrintStream(out, true, StandardCharsets.UTF_8);
            outText.println(VERSION);
            return 0;
        }
        Source source;
        List<String> argv = new ArrayList<>();
        try {
            if (o.command != null) {
                source = Source.newBuilder(LANGUAGE, o.command, "<string>").build();
                argv.add("-c");
            } else if (o.script != null) {
                File file = run != null && run.workingDirectory != null ? new File(run.workingDirectory.toFile(), o.script) : new File(o.script).getAbsoluteFile();
                if (!file.isFile()) {
                    String why = file.isDirectory() ? "[Errno 21] Is a directory" : "[Errno 2] No such file or directory";
                    errText.print("pygil: can't open file " + quote(file.getPath()) + ": " + why + "\n");
                    return 2;
                }
                String text = Files.readString(file.toPath(), StandardCharsets.UTF_8);
                source = Source.newBuilder(LANGUAGE, text, file.getPath()).uri(file.toURI()).build();
                argv.add(o.script);
            } else {
                errText.print("pygil: no script given (reading a program from standard input is not supported)\n" + USAGE);
                return 2;
            }
        } catch (IOException e) {
            errText.print("pygil: can't open file " + quote(o.script) + ": " + e.getMessage() + "\n");
            return 2;
        }
        argv.addAll(o.programArgs);
        int[] status = {1};
        Thread main = new Thread(null, () -> status[0] = execute(source, argv, o, in, out, err, errText, engine, run, ownsProcess), "MainThread", STACK_SIZE);
        main.setDaemon(true);
        main.start();
        try {
            main.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return status[0];
    }

    private static int execute(Source source, List<String> argv, Options o, InputStream in, OutputStream out, OutputStream err, PrintStream errText,
                    Engine engine, RunHandle run, boolean ownsProcess) {
        Context.Builder builder = Context.newBuilder(LANGUAGE).arguments(LANGUAGE, argv.toArray(new String[0])).in(in).out(out).err(err)
                        .allowCreateThread(true).allowIO(IOAccess.ALL).allowNativeAccess(true)
                        .allowEnvironmentAccess(EnvironmentAccess.INHERIT)
                        // -Dpolyglot.engine.* tracing options (TRUFFLE.md) are experimental ones
                        .allowExperimentalOptions(true);
        if (engine != null) {
            builder.engine(engine);
        } else {
            builder.option("engine.WarnInterpreterOnly", "false");
            if (!o.jit && !Boolean.getBoolean("truffle.UseFallbackRuntime")) {
                // the fallback runtime (./pygil --jit=off) has no compiler and no such option
                builder.option("engine.Compilation", "false");
            }
        }
        if (run != null && run.workingDirectory != null) {
            builder.currentWorkingDirectory(run.workingDirectory);
        }
        Boolean gil = o.gilSetting(System.getenv("PYTHON_GIL"));
        if (gil != null) {
            builder.option("pygil.GIL", gil.toString());
        }
        if (o.switchInterval != null) {
            builder.option("pygil.SwitchInterval", o.switchInterval);
        }
        if (o.switchPoints != null) {
            builder.option("pygil.SwitchPoints", o.switchPoints);
        }
        if (ownsProcess) {
            builder.option("pygil.OwnsProcess", "true");
        }
        if (o.dis) {
            builder.option("pygil.Dis", "true");
        }
        if (o.ast) {
            builder.option("pygil.Ast", "true");
        }
        String unbufferedEnv = System.getenv("PYTHONUNBUFFERED");
        if (o.unbuffered || (unbufferedEnv != null && !unbufferedEnv.isEmpty())) {
            builder.option("pygil.Unbuffered", "true");
        }
        Context context;
        try {
            context = builder.build();
        } catch (IllegalArgumentException e) {
            // a bad -Dpolyglot.* option given through PYGIL_JAVA_OPTS
            errText.print("pygil: " + e.getMessage() + "\n");
            return 2;
        }
        try {
            if (run != null) {
                run.context = context;
            }
            Value result = context.eval(source);
            return result.asInt();
        } catch (PolyglotException e) {
            if (e.isExit()) {
                return e.getExitStatus();
            }
            errText.print("pygil: internal error: " + describe(e) + "\n");
            if (Boolean.getBoolean("pygil.debug")) {
                e.printStackTrace(errText);
            }
            return 70;
        } catch (RuntimeException | StackOverflowError e) {
            errText.print("pygil: internal error: " + e + "\n");
            return 70;
        } finally {
            // daemon threads still running are abandoned at exit, as in CPython
            try {
                context.close(true);
            } catch (RuntimeException e) {
                // closing a cancelled context may report the cancellation itself
            }
        }
    }

    private static String describe(PolyglotException e) {
        String m = e.getMessage();
        return m == null ? e.getClass().getSimpleName() : m.lines().findFirst().orElse(m);
    }

    /** Python's repr of a path, as CPython's "can't open file" message shows it. */
    static String quote(String s) {
        return "'" + s.replace("\\", "\\\\").replace("'", "\\'") + "'";
    }

    /** Builds a shared engine for tests and benchmarks. */
    public static Engine newEngine(boolean jit) {
        Engine.Builder b = Engine.newBuilder(LANGUAGE).option("engine.WarnInterpreterOnly", "false");
        if (!jit) {
            b.allowExperimentalOptions(true).option("engine.Compilation", "false");
        }
        return b.build();
    }
}
