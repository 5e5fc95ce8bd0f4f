package pygil.interpreter;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.graalvm.polyglot.Engine;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import pygil.launcher.Main;

/**
 * The conformance corpus ({@code src/test/resources/corpus}, see its README): every program is
 * run as {@code pygil name.py} in its own directory, once with the JIT on and once with it
 * off (and the areas of {@link #GIL_OFF_AREAS} once more with {@code --gil=off}), and its
 * stdout, stderr and exit status are compared with what CPython 3.11 produced. The
 * {@code threads} area is one of them: its programs must print the same without the GIL, and
 * its stress program ({@code shared_containers.py}) checks that each container operation
 * stays atomic there.
 *
 * <p>{@code -Dpygil.corpus=area1,area2} runs only those areas (e.g.
 * {@code mvn -pl interpreter -am verify -Dtest=CorpusTest -Dsurefire.failIfNoSpecifiedTests=false -Dpygil.corpus=subprocess}).
 */
public class CorpusTest {
    static final Path CORPUS = Paths.get("src/test/resources/corpus").toAbsolutePath();
    private static final long TIMEOUT_SECONDS = 60;
    private static Engine jitOn;
    private static Engine jitOff;
    private static Engine gilOff;
    private static Engine gilOffInterpreter;
    /** Areas whose programs must behave the same without the GIL (their output does not depend on it). */
    static final java.util.Set<String> GIL_OFF_AREAS = java.util.Set.of("subprocess", "threads");

    @TestFactory
    Stream<DynamicNode> jitOn() {
        jitOn = Main.newEngine(true);
        return areas(jitOn);
    }

    @TestFactory
    Stream<DynamicNode> jitOff() {
        jitOff = Main.newEngine(false);
        return areas(jitOff);
    }

    @TestFactory
    Stream<DynamicNode> gilOff() {
        gilOff = Main.newEngine(true);
        return areas(gilOff, "--gil=off").filter(c -> GIL_OFF_AREAS.contains(c.getDisplayName()));
    }

    /**
     * The {@code threads} area without the GIL on the interpreter, where each thread runs its
     * own copy of each function's code (ThreadPrivateCode, as {@code ./pygil --jit=off --gil=off}).
     */
    @TestFactory
    Stream<DynamicNode> gilOffInterpreter() {
        gilOffInterpreter = Engine.newBuilder("pygil").allowExperimentalOptions(true).option("engine.WarnInterpreterOnly", "false")
                        .option("engine.Compilation", "false").option("pygil.ThreadPrivateCode", "true").build();
        return areas(gilOffInterpreter, "--gil=off").filter(c -> c.getDisplayName().equals("threads"));
    }

    @AfterAll
    static void closeEngines() {
        if (gilOffInterpreter != null) {
            gilOffInterpreter.close();
        }
        if (gilOff != null) {
            gilOff.close();
        }
        if (jitOn != null) {
            jitOn.close();
        }
        if (jitOff != null) {
            jitOff.close();
        }
    }

    private static Stream<DynamicNode> areas(Engine engine, String... options) {
        String only = System.getProperty("pygil.corpus", "");
        java.util.Set<String> selected = only.isEmpty() ? null : java.util.Set.of(only.split(","));
        return list(CORPUS).stream().filter(Files::isDirectory).filter(a -> selected == null || selected.contains(a.getFileName().toString())).sorted()
                        .map(area -> DynamicContainer.dynamicContainer(area.getFileName().toString(),
                                        list(area).stream().filter(p -> p.toString().endsWith(".py") && Files.exists(sibling(p, ".out"))).sorted()
                                                        .map(p -> DynamicTest.dynamicTest(p.getFileName().toString(), p.toUri(), () -> check(engine, p, options)))));
    }

    static void check(Engine engine, Path program, String... options) {
        String[] args = java.util.Arrays.copyOf(options, options.length + 1);
        args[options.length] = program.getFileName().toString();
        ProgramRunner.Result r = ProgramRunner.run(engine, program.getParent(), TIMEOUT_SECONDS, args);
        String dir = program.getParent().toString() + "/";
        String expectedErr = read(sibling(program, ".err"));
        String actualErr = r.err().replace(dir, "");
        int expectedStatus = Files.exists(sibling(program, ".rc")) ? Integer.parseInt(read(sibling(program, ".rc")).trim()) : 0;
        String context = "\n--- stderr ---\n" + actualErr;
        assertEquals(read(sibling(program, ".out")), r.out().replace(dir, ""), "stdout" + context);
        assertEquals(normalizeErr(expectedErr), normalizeErr(actualErr), "stderr");
        assertEquals(expectedStatus, r.status(), "exit status" + context);
    }

    /** CPython 3.11's caret lines are not reproduced; repeat counts of recursion may differ. */
    static String normalizeErr(String err) {
        return err.lines().filter(l -> !l.isBlank() || l.isEmpty()).filter(l -> !l.matches("\\s*[~^]+\\s*"))
                        .map(l -> l.matches("\\s*\\[Previous line repeated \\d+ more times?\\]") ? "  [Previous line repeated N more times]" : l)
                        .collect(Collectors.joining("\n"));
    }

    static Path sibling(Path p, String ext) {
        String name = p.getFileName().toString();
        return p.resolveSibling(name.substring(0, name.length() - 3) + ext);
    }

    static String read(Path p) {
        if (!Files.exists(p)) {
            return "";
        }
        try {
            return Files.readString(p, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<Path> list(Path dir) {
        try (Stream<Path> s = Files.list(dir)) {
            return s.toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
