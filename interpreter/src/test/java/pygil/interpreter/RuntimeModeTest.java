package pygil.interpreter;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.graalvm.polyglot.Engine;
import org.junit.jupiter.api.Test;

import pygil.launcher.Main;

/**
 * The tests (and the launcher) run on the optimized Truffle runtime: a Graal compiler that does
 * not match the JDK makes Truffle fall back silently to its interpreter-only runtime, so this is
 * checked, not assumed (TRUFFLE.md).
 */
public class RuntimeModeTest {
    @Test
    void optimizedRuntimeIsActive() {
        try (Engine engine = Main.newEngine(true)) {
            assertEquals("GraalVM CE", engine.getImplementationName());
        }
    }

    @Test
    void jitOffKeepsTheOptimizedRuntime() {
        try (Engine engine = Main.newEngine(false)) {
            assertEquals("GraalVM CE", engine.getImplementationName());
        }
    }
}
