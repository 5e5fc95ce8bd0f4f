package pygil.scope;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import pygil.ast.Arguments;
import pygil.ast.Expr;
import pygil.ast.Pos;
import pygil.ast.Module;
import pygil.ast.Stmt;
import pygil.parser.PythonParser;
import pygil.syntax.PySyntaxError;

/** The parts of the Scope API that CPython's symtable module does not show. */
class ScopeAnalyzerTest {

    private static ScopeTable analyze(String src) {
        Module m = PythonParser.parse(src, "t.py");
        return ScopeAnalyzer.analyze(m, src, "t.py");
    }

    @Test
    void scopesAreFoundByNode() {
        String src = "def f(): pass\nclass C: pass\ng = lambda: 0\nl = [x for x in y]\n";
        Module m = PythonParser.parse(src, "t.py");
        ScopeTable t = ScopeAnalyzer.analyze(m);
        assertSame(t.module(), t.get(m));
        assertEquals(ScopeKind.FUNCTION, t.get(m.body().get(0)).kind());
        assertEquals(ScopeKind.CLASS, t.get(m.body().get(1)).kind());
        Expr lambda = ((Stmt.Assign) m.body().get(2)).value();
        assertEquals(ScopeKind.LAMBDA, t.get(lambda).kind());
        Expr comp = ((Stmt.Assign) m.body().get(3)).value();
        Scope cs = t.get(comp);
        assertEquals(ScopeKind.COMPREHENSION, cs.kind());
        assertEquals("listcomp", cs.name());
        assertEquals(List.of(".0"), cs.parameters());
        assertSame(t.module(), cs.parent());
        assertEquals(4, t.module().children().size());
        assertNull(t.get(((Stmt.Assign) m.body().get(2)).targets().get(0)));
    }

    @Test
    void parametersPutVarargBeforeKeywordOnly() {
        Scope f = analyze("def f(a, /, b, *c, d, **e):\n    x = 1\n    y = 2\n    return x\n").module().children().get(0);
        assertEquals(List.of("a", "b", "c", "d", "e"), f.parameters());
        assertEquals(List.of("a", "b", "c", "d", "e", "x", "y"), f.localsInOrder());
    }

    @Test
    void generators() {
        Scope m = analyze("def g():\n    yield 1\ndef h():\n    return (x for x in y)\nlam = lambda: (yield)\n").module();
        assertTrue(m.children().get(0).isGenerator());
        Scope h = m.children().get(1);
        assertFalse(h.isGenerator());
        assertTrue(h.children().get(0).isGenerator());
        assertTrue(m.children().get(2).isGenerator());
    }

    @Test
    void cellsAndFrees() {
        Scope m = analyze("""
                def outer(a):
                    b = 1
                    z = 0
                    def inner():
                        return a + b
                    return inner
                """).module();
        Scope outer = m.children().get(0);
        assertEquals(List.of("a", "b"), outer.cellVars());
        assertEquals(SymbolKind.CELL, outer.lookup("a"));
        assertEquals(SymbolKind.LOCAL, outer.lookup("z"));
        assertEquals(List.of("a", "b", "z", "inner"), outer.localsInOrder());
        Scope inner = outer.children().get(0);
        assertEquals(List.of("a", "b"), inner.freeVars());
        assertEquals(SymbolKind.FREE, inner.lookup("b"));
    }

    @Test
    void classCellForSuper() {
        Scope m = analyze("class A:\n    def m(self):\n        return super().m()\n    def n(self):\n        return 1\n").module();
        Scope a = m.children().get(0);
        assertTrue(a.needsClassCell());
        assertEquals(SymbolKind.CELL, a.lookup("__class__"));
        assertEquals(List.of("__class__"), a.cellVars());
        Scope meth = a.children().get(0);
        assertEquals(SymbolKind.FREE, meth.lookup("__class__"));
        assertEquals(List.of("__class__"), meth.freeVars());
        assertEquals(SymbolKind.GLOBAL_IMPLICIT, meth.lookup("super"));
        assertEquals(List.of(), a.children().get(1).freeVars());
    }

    @Test
    void classBodiesDoNotEncloseMethods() {
        Scope m = analyze("x = 1\nclass C:\n    x = 2\n    def m(self):\n        return x\n").module();
        Scope c = m.children().get(0);
        assertEquals(SymbolKind.LOCAL, c.lookup("x"));
        assertEquals(SymbolKind.GLOBAL_IMPLICIT, c.children().get(0).lookup("x"));
        assertEquals(SymbolKind.LOCAL, m.lookup("x"));
    }

    @Test
    void classVariableTakenFromEnclosingFunction() {
        Scope f = analyze("def f():\n    v = 1\n    class C:\n        v = 2\n        def m(self):\n            return v\n")
                .module().children().get(0);
        Scope c = f.children().get(0);
        assertEquals(SymbolKind.LOCAL, c.lookup("v"));
        assertEquals(List.of("v"), c.freeVars());
        assertEquals(SymbolKind.CELL, f.lookup("v"));
    }

    @Test
    void walrusInComprehensionBindsOutside() {
        Scope f = analyze("def f(xs):\n    return [y for x in xs if (y := x)]\n").module().children().get(0);
        assertEquals(SymbolKind.CELL, f.lookup("y"));
        assertEquals(SymbolKind.FREE, f.children().get(0).lookup("y"));
    }

    @Test
    void privateNamesAreMangled() {
        Scope c = analyze("class K:\n    __a = 1\n    def m(self, __b):\n        return __b\n").module().children().get(0);
        assertEquals(SymbolKind.LOCAL, c.lookup("__a"));
        assertTrue(c.symbols().containsKey("_K__a"));
        assertEquals(List.of("self", "_K__b"), c.children().get(0).parameters());
        assertEquals("_K__x", c.mangle("__x"));
        assertEquals("__x__", c.mangle("__x__"));
    }

    @Test
    void declarationErrorsHavePositions() {
        // parse() already runs these checks; a hand-built tree shows the analyzer raising them.
        Pos p = new Pos(2, 4, 2, 14);
        Stmt f = new Stmt.FunctionDef("f", Arguments.empty(Pos.NONE), List.of(new Stmt.Nonlocal(List.of("q"), p)),
                List.of(), null, new Pos(1, 0, 2, 14));
        PySyntaxError e = assertThrows(PySyntaxError.class,
                () -> ScopeAnalyzer.analyze(new Module(List.of(f), Pos.NONE), "def f():\n    nonlocal q\n", "t.py"));
        assertEquals("no binding for nonlocal 'q' found", e.msg());
        assertEquals(2, e.line());
        assertEquals(5, e.offset());
        assertEquals("    nonlocal q", e.text());
        PySyntaxError viaParse = assertThrows(PySyntaxError.class,
                () -> PythonParser.parse("def f():\n    nonlocal q\n", "t.py"));
        assertEquals(e.msg(), viaParse.msg());
    }
}
