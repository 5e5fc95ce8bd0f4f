package pygil.interpreter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.nio.file.Paths;

import org.graalvm.polyglot.Engine;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import pygil.launcher.Main;

/** The command line: options, exit statuses and the messages CPython gives for bad input. */
public class LauncherTest {
    private static Engine engine;
    private static final Path HERE = Paths.get("").toAbsolutePath();

    @BeforeAll
    static void start() {
        engine = Main.newEngine(true);
    }

    @AfterAll
    static void stop() {
        engine.close();
    }

    private static ProgramRunner.Result run(String... args) {
        return ProgramRunner.run(engine, HERE, 60, args);
    }

    @Test
    void commandRunsWithArgv() {
        ProgramRunner.Result r = run("-c", "import sys; print(sys.argv)", "a", "b");
        assertEquals(0, r.status(), r.err());
        assertEquals("['-c', 'a', 'b']\n", r.out());
    }

    @Test
    void missingScriptExitsTwo() {
        ProgramRunner.Result r = run("no_such_script.py");
        assertEquals(2, r.status());
        assertEquals("pygil: can't open file '" + HERE.resolve("no_such_script.py") + "': [Errno 2] No such file or directory\n", r.err());
    }

    @Test
    void unknownOptionExitsTwo() {
        ProgramRunner.Result r = run("--frobnicate", "x.py");
        assertEquals(2, r.status());
        assertTrue(r.err().startsWith("unknown option --frobnicate\nusage: pygil"), r.err());
    }

    @Test
    void hostJitValuesAreChecked() {
        ProgramRunner.Result ok = run("--host-jit=c1", "-c", "print('ran')");
        assertEquals(0, ok.status(), ok.err());
        assertEquals("ran\n", ok.out());
        ProgramRunner.Result bad = run("--host-jit=c3", "-c", "pass");
        assertEquals(2, bad.status());
        assertTrue(bad.err().startsWith("invalid value for --host-jit: 'c3' (expected c1 or c2)\nusage: pygil"), bad.err());
    }

    @Test
    void missingModuleIsModuleNotFoundError() {
        ProgramRunner.Result r = run("-c", "import this_does_not_exist");
        assertEquals(1, r.status());
        assertEquals("Traceback (most recent call last):\n  File \"<string>\", line 1, in <module>\n"
                        + "ModuleNotFoundError: No module named 'this_does_not_exist'\n", r.err());
    }

    @Test
    void syntaxErrorInCommand() {
        ProgramRunner.Result r = run("-c", "x = (1,");
        assertEquals(1, r.status());
        assertTrue(r.err().contains("SyntaxError: '(' was never closed"), r.err());
        assertTrue(r.err().startsWith("  File \"<string>\", line 1"), r.err());
    }

    @Test
    void systemExitCodes() {
        assertEquals(5, run("-c", "import sys; sys.exit(5)").status());
        assertEquals(0, run("-c", "raise SystemExit").status());
        ProgramRunner.Result r = run("-c", "import sys; sys.exit('bye')");
        assertEquals(1, r.status());
        assertEquals("bye\n", r.err());
    }

    @Test
    void runawayRecursionIsRecursionError() {
        ProgramRunner.Result r = run("-c", "def f(n):\n    return f(n + 1)\nf(0)");
        assertEquals(1, r.status());
        assertTrue(r.err().endsWith("RecursionError: maximum recursion depth exceeded\n"), r.err());
        assertTrue(r.err().contains("more times]"), r.err());
    }

    @Test
    void versionAndHelp() {
        ProgramRunner.Result v = run("--version");
        assertEquals(0, v.status());
        assertTrue(v.out().startsWith("Python 3.11"), v.out());
        ProgramRunner.Result h = run("--help");
        assertEquals(0, h.status());
        assertTrue(h.out().contains("--jit=on|off"), h.out());
    }

    @Test
    void internalErrorInABuiltinIsASystemError() {
        ProgramRunner.Result r = run("-c", "import _pygil\n_pygil.crash()");
        assertEquals(1, r.status());
        assertTrue(r.err().endsWith("SystemError: internal error: java.lang.IllegalStateException: deliberate internal error (_pygil.crash)\n"), r.err());
        assertTrue(!r.err().contains("\tat "), "no Java stack trace: " + r.err());
    }

    @Test
    void fatalInternalErrorIsOneLine() {
        ProgramRunner.Result r = run("-c", "print('before')\nimport _pygil\n_pygil.crash(True)");
        assertEquals(70, r.status());
        assertEquals("before\n", r.out(), "output before the error is not lost");
        assertEquals("pygil: internal error: java.lang.InternalError: deliberate fatal internal error (_pygil.crash)\n", r.err());
    }

    @Test
    void keyboardInterruptExits130() {
        ProgramRunner.Result r = run("-c", "raise KeyboardInterrupt");
        assertEquals(130, r.status());
        assertTrue(r.err().endsWith("KeyboardInterrupt\n"), r.err());
    }

    @Test
    void gilOptions() {
        String probe = "import sys; print(sys._is_gil_enabled(), sys.getswitchinterval())";
        assertEquals("True 0.005\n", run("-c", probe).out());
        assertEquals("False 0.005\n", run("--gil=off", "-c", probe).out());
        assertEquals("False 0.005\n", run("-X", "gil=0", "-c", probe).out());
        assertEquals("True 0.002\n", run("-Xgil=1", "--switch-interval=0.002", "-c", probe).out());
        assertEquals(2, run("--gil=maybe", "-c", probe).status());
        assertEquals(2, run("--switch-interval=0", "-c", probe).status());
        assertEquals(2, run("--switch-points=sometimes", "-c", probe).status());
    }

    /**
     * The lost-update race of the seed documents: with CPython 3.10+'s check points no update is
     * lost under the GIL; switching between instructions (CPython 3.9) loses some.
     */
    @Test
    void counterRaceDependsOnSwitchPoints() {
        String program = "import threading\n"
                        + "class C:\n    def __init__(self): self.count = 0\n    def inc(self, n): self.count += n\n"
                        + "def run(c):\n    for _ in range(100000): c.inc(1)\n"
                        + "c = C()\nts = [threading.Thread(target=run, args=(c,)) for _ in range(5)]\n"
                        + "for t in ts: t.start()\nfor t in ts: t.join()\nprint(c.count)";
        assertEquals("500000\n", run("-c", program).out());
        ProgramRunner.Result racy = run("--switch-points=instruction", "--switch-interval=0.0005", "-c", program);
        assertEquals(0, racy.status(), racy.err());
        assertTrue(Long.parseLong(racy.out().trim()) < 500000, "updates lost with per-instruction switching: " + racy.out());
    }

    /** {@code --ast} prints what {@code python3 -m ast} prints (ast.dump with indent 3). */
    @Test
    void astFlag() {
        ProgramRunner.Result r = run("--ast", "-c", "x = 1");
        assertEquals(0, r.status(), r.err());
        // python3 -c "import ast; print(ast.dump(ast.parse('x = 1'), indent=3))"
        assertEquals("Module(\n   body=[\n      Assign(\n         targets=[\n            Name(id='x', ctx=Store())],\n"
                        + "         value=Constant(value=1))],\n   type_ignores=[])\n", r.out());
    }

    /** {@code --dis} prints every code object's instructions with their lines, and does not run the program. */
    @Test
    void disFlag() {
        ProgramRunner.Result r = run("--dis", "-c", "def f(n):\n    return n + 1\nprint('ran')");
        assertEquals(0, r.status(), r.err());
        assertTrue(r.out().startsWith("Disassembly of <module> (<string>, line 1):\n"), r.out());
        assertTrue(r.out().contains("\nDisassembly of f (<string>, line 1):\n"), r.out());
        assertTrue(r.out().matches("(?s).*\\n     2 +\\d+  LoadFast +local=local 0, name='n'\\n.*"), r.out());
        assertTrue(r.out().contains("  Add"), r.out());
        assertTrue(!r.out().contains("ran\n"), "the program must not run");
        ProgramRunner.Result fs = run("--dis", "-c", "x = 1\nf'{x!r}'");
        assertTrue(fs.out().matches("(?s).*  FormatValue +conversion=114\\n.*"), fs.out());
        ProgramRunner.Result d = run("-c", "import dis\ndef g(a):\n    return a * 2\ndis.dis(g)");
        assertTrue(d.out().startsWith("Disassembly of g (<string>, line 2):\n") && d.out().contains("  Mul"), d.out() + d.err());
    }

    @Test
    void outputIsFlushedBeforeExit() {
        ProgramRunner.Result r = run("-c", "for i in range(3000): print(i)\nimport sys\nsys.exit(3)");
        assertEquals(3, r.status());
        assertEquals(3000, r.out().lines().count());
    }
}
