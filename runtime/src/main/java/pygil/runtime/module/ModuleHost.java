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
}
