package pygil.samples;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import pygil.launcher.Main;
import pygil.launcher.RunHandle;

/**
 * Every {@code samples/*.py} that has a {@code .out} beside it (made with python3) prints
 * that under {@code pygil}, as {@code ./pygil samples/NAME.py} would. Lines starting with
 * {@code "~ "} carry what varies from run to run (times, scheduling) and are not compared;
 * every other line must match exactly.
 */
public class SamplesTest {
    static final Path SAMPLES = Paths.get("").toAbsolutePath();

    @TestFactory
    Stream<DynamicTest> samples() throws IOException {
        try (Stream<Path> files = Files.list(SAMPLES)) {
            return files.filter(p -> p.toString().endsWith(".py") && Files.exists(expected(p))).sorted().toList().stream()
                            .map(p -> DynamicTest.dynamicTest(p.getFileName().toString(), () -> run(p)));
        }
    }

    /** The output without its "~ " lines (times and other run-dependent facts). */
    private static String stable(String output) {
        return output.lines().filter(l -> !l.startsWith("~ ")).collect(java.util.stream.Collectors.joining("\n"));
    }

    private static Path expected(Path program) {
        String name = program.getFileName().toString();
        return program.resolveSibling(name.substring(0, name.length() - 3) + ".out");
    }

    private static void run(Path program) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = Main.run(new String[]{program.getFileName().toString()}, new ByteArrayInputStream(new byte[0]), out, err, null,
                        new RunHandle(program.getParent()));
        String stderr = err.toString(StandardCharsets.UTF_8);
        assertEquals(0, status, "exit status; stderr:\n" + stderr);
        assertEquals(stable(Files.readString(expected(program))), stable(out.toString(StandardCharsets.UTF_8)), "stdout; stderr:\n" + stderr);
    }
}
