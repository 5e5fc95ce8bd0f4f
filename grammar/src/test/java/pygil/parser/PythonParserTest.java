package pygil.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import pygil.ast.AstChildren;
import pygil.ast.AstDump;
import pygil.ast.Expr;
import pygil.ast.Module;
import pygil.ast.Node;
import pygil.ast.Stmt;
import pygil.syntax.PySyntaxError;

/** Entry points, literal values, line numbers used by tracebacks, and parsing speed. */
class PythonParserTest {

    @Test
    void parseExpressionGivesTheExpression() {
        Expr e = PythonParser.parseExpression("-2**2 + 10**30 * 1.5e-7", "<string>");
        assertEquals("BinOp(left=UnaryOp(op=USub(), operand=BinOp(left=Constant(value=2), op=Pow(), "
                + "right=Constant(value=2))), op=Add(), right=BinOp(left=BinOp(left=Constant(value=10), op=Pow(), "
                + "right=Constant(value=30)), op=Mult(), right=Constant(value=1.5e-07)))", AstDump.dump(e));
        assertInstanceOf(Expr.TupleExpr.class, PythonParser.parseExpression("1, 2", "<string>"));
        assertThrows(PySyntaxError.class, () -> PythonParser.parseExpression("x = 1", "<string>"));
    }

    @Test
    void integersAreLongUntilTheyOverflow() {
        assertEquals(9223372036854775807L, constant("9223372036854775807"));
        assertEquals(new BigInteger("9223372036854775808"), constant("9223372036854775808"));
        assertEquals(255L, constant("0xff"));
        assertEquals(new BigInteger("ffffffffffffffffff", 16), constant("0xffffffffffffffffff"));
        assertEquals(1000000L, constant("1_000_000"));
        assertEquals(0.5, constant(".5"));
        assertEquals(1.0, constant("1."));
    }

    private static Object constant(String src) {
        return ((Expr.Constant) PythonParser.parseExpression(src, "<string>")).value();
    }

    @Test
    void imaginaryLiteralsAreRejected() {
        PySyntaxError e = assertThrows(PySyntaxError.class, () -> PythonParser.parse("x = 2j\n", "c.py"));
        assertEquals("complex numbers are not supported", e.msg());
        assertEquals(1, e.line());
        assertEquals(5, e.offset());
    }

    @Test
    void errorsNeverEscapeAsOtherExceptions() {
        String[] bad = {"(", ")", "[1,", "def", "class A(", "f'{", "x = '", "\\", "lambda", "@", "if",
            "from . import", "import", "a[", "a.", "x = 1 if", "yield from", "*", "**a", "for x in",
            "try:\n  pass\nexcept", "with a as", "\t\t x", "0x", "1e", "'\\N{", "f'{a!'", "f'{a:{b:{c"};
        for (String src : bad) {
            assertThrows(PySyntaxError.class, () -> PythonParser.parse(src, "bad.py"), src);
        }
    }

    @Test
    void statementsCarryTheirLines() {
        String src = """
                import os

                def f(a,
                      b):
                    x = (a +
                         b)
                    return x

                class C:
                    @staticmethod
                    def m():
                        pass
                """;
        Module m = PythonParser.parse(src, "lines.py");
        List<String> seen = new ArrayList<>();
        collect(m, seen);
        assertEquals(List.of("Import@1", "FunctionDef@3-7", "Assign@5-6", "Return@7", "ClassDef@9-12",
                "FunctionDef@11-12", "Pass@12"), seen);
    }

    private static void collect(Node n, List<String> out) {
        if (n instanceof Stmt s) {
            var p = s.pos();
            String lines = p.line() == p.endLine() ? "" + p.line() : p.line() + "-" + p.endLine();
            out.add(s.getClass().getSimpleName() + "@" + lines);
        }
        for (Node c : AstChildren.of(n)) {
            collect(c, out);
        }
    }

    @Test
    void fstringFieldsHaveRealPositions() {
        Module m = PythonParser.parse("x = 1\ns = f'''a\n{x +\n  y}'''\n", "f.py");
        Stmt.Assign a = (Stmt.Assign) m.body().get(1);
        Expr.JoinedStr j = (Expr.JoinedStr) a.value();
        Expr.FormattedValue fv = (Expr.FormattedValue) j.values().get(1);
        Expr.BinOp b = (Expr.BinOp) fv.value();
        assertEquals(3, b.pos().line());
        assertEquals(1, b.pos().col());
        assertEquals(4, b.pos().endLine());
        assertEquals(3, b.pos().endCol());
    }

    @Test
    void indentedDumpMatchesCPython() {
        Module m = PythonParser.parse("def f(a, b=1):\n    return [x for x in a if x > b]\nx = f(1, b=2)\n", "d.py");
        String expected = "Module(\n  body=[\n    FunctionDef(\n      name='f',\n      args=arguments(\n        "
                + "posonlyargs=[],\n        args=[\n          arg(arg='a'),\n          arg(arg='b')],\n        "
                + "kwonlyargs=[],\n        kw_defaults=[],\n        defaults=[\n          Constant(value=1)]),\n      "
                + "body=[\n        Return(\n          value=ListComp(\n            elt=Name(id='x', ctx=Load()),\n"
                + "            generators=[\n              comprehension(\n                target=Name(id='x', "
                + "ctx=Store()),\n                iter=Name(id='a', ctx=Load()),\n                ifs=[\n"
                + "                  Compare(\n                    left=Name(id='x', ctx=Load()),\n"
                + "                    ops=[\n                      Gt()],\n                    comparators=[\n"
                + "                      Name(id='b', ctx=Load())])],\n                is_async=0)]))],\n"
                + "      decorator_list=[]),\n    Assign(\n      targets=[\n        Name(id='x', ctx=Store())],\n"
                + "      value=Call(\n        func=Name(id='f', ctx=Load()),\n        args=[\n"
                + "          Constant(value=1)],\n        keywords=[\n          keyword(\n            arg='b',\n"
                + "            value=Constant(value=2))]))],\n  type_ignores=[])";
        assertEquals(expected, AstDump.dump(m, 2));
    }

    @Test
    void futureImportsAreChecked() {
        PythonParser.parse("'''doc'''\nfrom __future__ import annotations, division\nx = 1\n", "f.py");
        PySyntaxError e = assertThrows(PySyntaxError.class,
                () -> PythonParser.parse("from __future__ import nope\n", "f.py"));
        assertEquals("future feature nope is not defined", e.msg());
        assertEquals(1, e.offset());
        e = assertThrows(PySyntaxError.class, () -> PythonParser.parse("from __future__ import braces\n", "f.py"));
        assertEquals("not a chance", e.msg());
    }

    @Test
    void byteOrderMarkIsIgnored() {
        Module m = PythonParser.parse("\uFEFFx = 1\n", "bom.py");
        assertEquals(0, m.body().get(0).pos().col());
    }

    @Test
    void fiveThousandLinesParseQuickly() {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; sb.length() == 0 || countLines(sb) < 5000; i++) {
            sb.append("def func").append(i).append("(a, b=2, *args, key=None, **kw):\n")
                    .append("    \"\"\"Doc string.\"\"\"\n")
                    .append("    total = [x * 2 for x in range(a) if x % 3 == 0]\n")
                    .append("    d = {'k': a, 'v': (b, key), **kw}\n")
                    .append("    if a > b and not key or b is None:\n")
                    .append("        return f'{a!r:>10} and {b}'\n")
                    .append("    elif a in args:\n")
                    .append("        total += [y for y in args]\n")
                    .append("    try:\n")
                    .append("        value = obj.method(a, *args, k=1)[1:2, ::3].attr\n")
                    .append("    except (ValueError, KeyError) as exc:\n")
                    .append("        raise RuntimeError('bad') from exc\n")
                    .append("    return lambda q: q ** -a + ~b // 3\n\n");
        }
        String src = sb.toString();
        for (int i = 0; i < 10; i++) {
            PythonParser.parse(src, "perf.py");
        }
        long best = Long.MAX_VALUE;
        for (int i = 0; i < 5; i++) {
            long t = System.nanoTime();
            PythonParser.parse(src, "perf.py");
            best = Math.min(best, System.nanoTime() - t);
        }
        assertTrue(best < 1_000_000_000L, "5000 lines took " + best / 1_000_000 + " ms");
    }

    private static int countLines(CharSequence s) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) == '\n') {
                n++;
            }
        }
        return n;
    }
}
