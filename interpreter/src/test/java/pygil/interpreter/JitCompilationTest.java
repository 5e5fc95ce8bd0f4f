package pygil.interpreter;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.nio.file.Paths;

import org.graalvm.polyglot.Engine;
import org.junit.jupiter.api.Test;

/**
 * Every code object of a program touching every kind of instruction is compiled by Graal on
 * its first call, and any compilation failure (a partial-evaluation bailout, say) fails the
 * run. Without this, a bailout only shows as a silently slow program.
 */
public class JitCompilationTest {
    @Test
    void everyInstructionCompiles() {
        compileEagerly("all_instructions");
    }

    /** Dicts, lists and str building: their fast paths must stay compilable (no inlining bailout). */
    @Test
    void containerFastPathsCompile() {
        compileEagerly("containers");
    }

    /** A deopt cycle on generator resumes ends in a "deopt taken too many times" bailout. */
    @Test
    void generatorResumesCompileWithoutDeoptCycle() {
        compileEagerly("generator_resume");
    }

    private static void compileEagerly(String program) {
        Path dir = Paths.get("src/test/resources/jit").toAbsolutePath();
        try (Engine engine = Engine.newBuilder("pygil").allowExperimentalOptions(true) //
                        .option("engine.WarnInterpreterOnly", "false") //
                        .option("engine.CompileImmediately", "true") //
                        .option("engine.BackgroundCompilation", "false") //
                        .option("engine.CompilationFailureAction", "Throw") //
                        .build()) {
            ProgramRunner.Result r = ProgramRunner.run(engine, dir, 300, program + ".py");
            assertEquals(0, r.status(), r.err());
            assertEquals(CorpusTest.read(dir.resolve(program + ".out")), r.out());
        }
    }
}
