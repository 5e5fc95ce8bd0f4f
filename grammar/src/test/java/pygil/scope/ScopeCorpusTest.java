package pygil.scope;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import pygil.ast.Arguments;
import pygil.ast.Expr;
import pygil.ast.Module;
import pygil.ast.Stmt;
import pygil.parser.PythonParser;
import pygil.testutil.Corpus;

/**
 * Scope analysis against CPython 3.11's {@code symtable} module: for every snippet in
 * {@code resources/scope}, the tables, parameters and the scope of every symbol must match the
 * .scope file written by {@code scope/regen.py}.
 */
class ScopeCorpusTest {

    @TestFactory
    List<DynamicTest> scopesMatchCPython() {
        List<DynamicTest> tests = new ArrayList<>();
        for (Path py : Corpus.sources("scope")) {
            tests.add(DynamicTest.dynamicTest(Corpus.name(py), () -> {
                String src = Corpus.read(py);
                Module m = PythonParser.parse(src, Corpus.name(py));
                ScopeTable t = ScopeAnalyzer.analyze(m, src, Corpus.name(py));
                List<String> out = new ArrayList<>();
                dump(t.module(), 0, out);
                assertEquals(Corpus.read(Corpus.sibling(py, ".scope")), String.join("\n", out) + "\n");
            }));
        }
        return tests;
    }

    /** The same text as regen.py prints for CPython's tables. */
    static void dump(Scope s, int depth, List<String> out) {
        String ind = "  ".repeat(depth);
        String type = switch (s.kind()) {
            case MODULE -> "module";
            case CLASS -> "class";
            default -> "function";
        };
        out.add(ind + type + " " + s.name());
        if (type.equals("function")) {
            out.add(ind + "  params: " + String.join(", ", cpythonOrder(s)));
        }
        Map<String, SymbolKind> sorted = new TreeMap<>(s.symbols());
        for (Map.Entry<String, SymbolKind> e : sorted.entrySet()) {
            out.add(ind + "  " + e.getKey() + " " + e.getValue());
        }
        for (Scope c : s.children()) {
            dump(c, depth + 1, out);
        }
    }

    /** CPython lists keyword-only parameters before *args; our API puts *args first. */
    private static List<String> cpythonOrder(Scope s) {
        Arguments a = switch (s.node()) {
            case Stmt.FunctionDef f -> f.args();
            case Expr.Lambda l -> l.args();
            default -> null;
        };
        if (a == null) {
            return s.parameters();
        }
        List<String> out = new ArrayList<>();
        a.posonly().forEach(x -> out.add(s.mangle(x.name())));
        a.args().forEach(x -> out.add(s.mangle(x.name())));
        a.kwonly().forEach(x -> out.add(s.mangle(x.name())));
        if (a.vararg() != null) {
            out.add(s.mangle(a.vararg().name()));
        }
        if (a.kwarg() != null) {
            out.add(s.mangle(a.kwarg().name()));
        }
        assertEquals(out.size(), s.parameters().size());
        return out;
    }
}
