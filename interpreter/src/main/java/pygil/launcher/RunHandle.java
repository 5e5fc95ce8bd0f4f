package pygil.launcher;

import java.nio.file.Path;

import org.graalvm.polyglot.Context;

/**
 * Lets an embedder (the test harness) choose the program's working directory and reach its
 * context while it runs, to cancel it with {@code context.close(true)} after a time-out.
 */
public final class RunHandle {
    final Path workingDirectory;
    volatile Context context;

    public RunHandle(Path workingDirectory) {
        this.workingDirectory = workingDirectory == null ? null : workingDirectory.toAbsolutePath();
    }

    /** Stops the program if it is still running. */
    public void cancel() {
        Context c = context;
        if (c != null) {
            try {
                c.close(true);
            } catch (RuntimeException e) {
                // already closing
            }
        }
    }
}
