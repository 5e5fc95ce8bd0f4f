package pygil.runtime.module;

import java.nio.file.Path;
import java.util.Map;

/**
 * What a builtin module may ask of the interpreter that loads it. Keeps the stdlib free of a
 * dependency on the interpreter (and on Truffle's context).
 */
public interface ModuleHost {
    /** The program's working directory (not necessarily the JVM's). */
    Path workingDirectory();

    /** Resolves a path as the program sees it (relative to {@link #workingDirectory()}). */
    default Path resolve(String path) {
        return workingDirectory().resolve(path);
    }

    /** The process environment, as {@code os.environ} starts. */
    Map<String, String> environment();

    /** The interpreter's {@code sys} module dict entry, e.g. {@code "stdout"}, or null. */
    Object sys(String name);

    /**
     * Runs a blocking call. Today it just runs it; with the GIL (issue 4) this is where the
     * GIL is released around sleeps, waits and I/O. Every blocking call in a module goes
     * through here.
     */
    default <T> T blocking(java.util.function.Supplier<T> call) {
        return call.get();
    }

    /**
     * Runs the Python signal handlers pending for the current thread (Equivalent of
     * {@code PyErr_CheckSignals}): a blocking call that was interrupted calls this with the GIL
     * held, then waits again. May raise (KeyboardInterrupt).
     */
    default void checkSignals() {
    }

    /** Whether the current thread is the program's main thread. */
    default boolean isMainThread() {
        return true;
    }

    /**
     * Schedules {@code call} to run on the main thread, with the GIL held, at its next check
     * point, waking it if it waits in a blocking call (Equivalent of {@code Py_AddPendingCall}
     * as the signal module uses it). May be called from any Java thread.
     */
    default void addPendingCall(Runnable call) {
        call.run();
    }

    /** The program's standard input as the interpreter was given it (below {@code sys.stdin}). */
    default java.io.InputStream standardInput() {
        return java.io.InputStream.nullInputStream();
    }

    /** The program's standard output, below {@code sys.stdout}'s buffer. */
    default java.io.OutputStream standardOutput() {
        return System.out;
    }

    /** The program's standard error, below {@code sys.stderr}'s buffer. */
    default java.io.OutputStream standardError() {
        return System.err;
    }

    /**
     * Whether the program owns the JVM process (the {@code pygil} launcher): its standard
     * streams are the process's, so child processes may inherit them, and SIGINT raises
     * KeyboardInterrupt. False when embedded (tests), where streams are the embedder's.
     */
    default boolean ownsProcess() {
        return false;
    }
}
