package pygil.benchmarks;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.Source;
import org.graalvm.polyglot.Value;

import pygil.interpreter.PyLanguage;

/**
 * The benchmarks' Python module ({@code areas.py}, a resource beside this class) evaluated in
 * a fresh context, with the JIT on (Graal compiles hot functions) or off (the interpreter only:
 * on Truffle's fallback runtime when the JVM runs it, as {@code ./pygil --jit=off} does, else
 * on the optimized runtime with compilation disabled, as the tests do).
 */
public final class WorkloadModule implements AutoCloseable {
    /** The optimized runtime's name; a mismatched Graal falls back to {@link #FALLBACK_RUNTIME} silently. */
    public static final String OPTIMIZED_RUNTIME = "GraalVM CE";
    /** Truffle's fallback runtime ({@code -Dtruffle.UseFallbackRuntime=true}, {@code ./pygil --jit=off}). */
    public static final String FALLBACK_RUNTIME = "Interpreted";

    private final Context context;
    private final Value module;

    public WorkloadModule(boolean jit) {
        Context.Builder builder = Context.newBuilder(PyLanguage.ID).allowExperimentalOptions(true) //
                        .option("engine.WarnInterpreterOnly", "false");
        if (!Boolean.getBoolean("truffle.UseFallbackRuntime")) {
            // the fallback runtime has no compiler and no such option
            builder.option("engine.Compilation", Boolean.toString(jit));
        }
        context = builder.build();
        module = context.eval(Source.newBuilder(PyLanguage.ID, text(), "areas.py").mimeType(PyLanguage.MODULE_MIME_TYPE).buildLiteral());
    }

    /** The name of the Truffle runtime running this context. */
    public String runtimeName() {
        return context.getEngine().getImplementationName();
    }

    /** One of the module's functions. */
    public Value function(String name) {
        Value f = module.getMember(name);
        if (f == null || !f.canExecute()) {
            throw new IllegalArgumentException("areas.py has no function " + name);
        }
        return f;
    }

    private static String text() {
        try (InputStream in = WorkloadModule.class.getResourceAsStream("areas.py")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read areas.py", e);
        }
    }

    @Override
    public void close() {
        context.close();
    }
}
