package pygil.samples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

/**
 * The {@code ./pygil} script itself (its JVM flags: module path, JVMCI, limited module set) runs
 * programs on the optimized runtime. Runs the interpreter module's build (PYGIL_SKIP_BUILD), so
 * no nested Maven build starts.
 */
public class LauncherScriptTest {
    private static final Path ROOT = SamplesTest.SAMPLES.getParent();

    private static String run(String... args) throws IOException, InterruptedException {
        return runWith(Map.of(), args);
    }

    private static String runWith(Map<String, String> env, String... args) throws IOException, InterruptedException {
        List<String> cmd = new java.util.ArrayList<>(List.of(ROOT.resolve("pygil").toString()));
        cmd.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true);
        pb.environment().put("PYGIL_SKIP_BUILD", "1");
        pb.environment().putAll(env);
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly();
        }
        assertEquals(0, p.exitValue(), out);
        return out;
    }

    @Test
    void scriptRunsOnTheOptimizedRuntime() throws Exception {
        assertEquals("GraalVM CE\n", run("-c", "import _pygil; print(_pygil.truffle_runtime())"));
    }

    @Test
    void jitOffRunsOnTheFallbackRuntime() throws Exception {
        assertEquals("Interpreted\n", run("--jit=off", "-c", "import _pygil; print(_pygil.truffle_runtime())"));
        // an option after the script name belongs to the script
        assertEquals("GraalVM CE ['--jit=off']\n", run("-c", "import _pygil, sys; print(_pygil.truffle_runtime(), sys.argv[1:])", "--jit=off"));
    }

    @Test
    void scriptReachesTheModulesScriptsUse() throws Exception {
        // codecs, time.process_time (java.management), threads
        String program = "import time, threading\n"
                        + "print(b'\\xe9'.decode('latin-1'), time.process_time() > 0)\n"
                        + "t = threading.Thread(target=print, args=('thread',)); t.start(); t.join()\n";
        assertEquals("é True\nthread\n", run("-c", program));
    }

    @Test
    void jitOffRecordsAndMapsItsStartupCache() throws Exception {
        // the first --jit=off run after a build records the JDK AOT cache (a training run) ...
        assertEquals("first\n", run("--jit=off", "-c", "print('first')"));
        assertTrue(Files.isRegularFile(ROOT.resolve("interpreter/target/pygil-nojit.aot")));
        // ... and later runs map it
        String out = runWith(Map.of("PYGIL_JAVA_OPTS", "-Xlog:aot=info"), "--jit=off", "-c", "print('mapped')");
        assertTrue(out.contains("Opened AOT cache"), out);
        assertTrue(out.endsWith("mapped\n"), out);
    }

    @Test
    void hostJitC1StopsTheJvmAtTierOne() throws Exception {
        for (String jit : List.of("--jit=on", "--jit=off")) {
            String out = runWith(Map.of("PYGIL_JAVA_OPTS", "-XX:+PrintFlagsFinal"), "--host-jit=c1", jit, "-c", "print('c1')");
            assertTrue(out.matches("(?s).*\\bintx TieredStopAtLevel += 1\\b.*"), jit + ": " + out.lines().filter(l -> l.contains("TieredStopAtLevel")).toList());
            assertTrue(out.endsWith("c1\n"), out);
        }
        String defaults = runWith(Map.of("PYGIL_JAVA_OPTS", "-XX:+PrintFlagsFinal"), "-c", "pass");
        assertTrue(defaults.matches("(?s).*\\bintx TieredStopAtLevel += 4\\b.*"), defaults.lines().filter(l -> l.contains("TieredStopAtLevel")).toList().toString());
    }
}
