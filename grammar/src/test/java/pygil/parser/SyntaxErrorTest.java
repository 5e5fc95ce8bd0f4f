package pygil.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import pygil.syntax.PySyntaxError;
import pygil.testutil.Corpus;

/**
 * Every file in {@code resources/errors} holds one mistake; parsing it must raise CPython's
 * exception class, message and position, and {@link PySyntaxError#format()} must print what
 * {@code python3 FILE} prints. Expected files come from {@code errors/regen.py}.
 */
class SyntaxErrorTest {

    @TestFactory
    List<DynamicTest> errorsMatchCPython() {
        List<DynamicTest> tests = new ArrayList<>();
        for (Path py : Corpus.sources("errors")) {
            tests.add(DynamicTest.dynamicTest(Corpus.name(py), () -> {
                String expected = Corpus.read(Corpus.sibling(py, ".err"));
                try {
                    PythonParser.parse(Corpus.read(py), Corpus.name(py));
                    fail("no error for " + Corpus.name(py));
                } catch (PySyntaxError e) {
                    String head = String.join("|", e.kind(), e.msg(), Integer.toString(e.line()),
                            Integer.toString(e.offset()), Integer.toString(e.endLine()),
                            Integer.toString(e.endOffset()));
                    assertEquals(expected, head + "\n" + e.format());
                }
            }));
        }
        return tests;
    }
}
