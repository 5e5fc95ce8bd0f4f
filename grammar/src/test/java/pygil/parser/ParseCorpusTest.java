package pygil.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import pygil.ast.AstDump;
import pygil.ast.Module;
import pygil.testutil.Corpus;

/**
 * The parser's main test: for every snippet in {@code resources/parse}, our AST dump must equal
 * CPython 3.11's {@code ast.dump} (the .ast file), and with positions included, CPython's
 * positions (the .pos file). Expected files come from {@code parse/regen.py}.
 */
class ParseCorpusTest {

    @TestFactory
    List<DynamicTest> dumpsMatchCPython() {
        List<DynamicTest> tests = new ArrayList<>();
        for (Path py : Corpus.sources("parse")) {
            tests.add(DynamicTest.dynamicTest(Corpus.name(py), () -> {
                Module m = PythonParser.parse(Corpus.read(py), Corpus.name(py));
                assertEquals(Corpus.read(Corpus.sibling(py, ".ast")).strip(), AstDump.dump(m));
            }));
        }
        return tests;
    }

    @TestFactory
    List<DynamicTest> positionsMatchCPython() {
        List<DynamicTest> tests = new ArrayList<>();
        for (Path py : Corpus.sources("parse")) {
            Path pos = Corpus.sibling(py, ".pos");
            if (!Files.exists(pos)) {
                continue;
            }
            tests.add(DynamicTest.dynamicTest(Corpus.name(py), () -> {
                Module m = PythonParser.parse(Corpus.read(py), Corpus.name(py));
                assertEquals(Corpus.read(pos).strip(), AstDump.dump(m, null, true));
            }));
        }
        return tests;
    }
}
