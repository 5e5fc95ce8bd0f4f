package pygil.interpreter;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.graalvm.polyglot.Engine;

import pygil.launcher.Main;
import pygil.launcher.RunHandle;

/**
 * Runs a program through the launcher in this JVM, as {@code pygil <args>} started in
 * {@code workingDirectory}, capturing its output; a program that does not finish in time is
 * cancelled and reported as a time-out (exit status -1).
 */
public final class ProgramRunner {
    public record Result(int status, String out, String err) {}

    private static final ExecutorService POOL = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "program-runner");
        t.setDaemon(true);
        return t;
    });

    private ProgramRunner() {}

    public static Result run(Engine engine, Path workingDirectory, long timeoutSeconds, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        RunHandle handle = new RunHandle(workingDirectory);
        Future<Integer> f = POOL.submit(() -> Main.run(args, new ByteArrayInputStream(new byte[0]), out, err, engine, handle));
        int status;
        try {
            status = f.get(timeoutSeconds, TimeUnit.SECONDS);
        } catch (TimeoutException e) {
            handle.cancel();
            status = -1;
        } catch (InterruptedException | ExecutionException e) {
            throw new AssertionError("runner failed: " + e, e);
        }
        return new Result(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }
}
