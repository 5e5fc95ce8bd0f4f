package pygil.parser;

import java.util.List;
import java.util.Set;

import pygil.ast.Alias;
import pygil.ast.Expr;
import pygil.ast.Module;
import pygil.ast.Stmt;
import pygil.syntax.PySyntaxError;
import pygil.syntax.SourceText;

/**
 * Future statements, as CPython's {@code Python/future.c} reads them: the
 * {@code from __future__ import ...} statements at the top of a module (after an optional
 * docstring) must name known features. Features change nothing here except
 * {@code annotations}, which {@link pygil.scope.ScopeAnalyzer} honours.
 */
final class FutureChecker {

    private static final Set<String> FEATURES = Set.of("nested_scopes", "generators", "division",
            "absolute_import", "with_statement", "print_function", "unicode_literals", "barry_as_FLUFL",
            "generator_stop", "annotations");

    private FutureChecker() {}

    /** Checks the leading future imports; returns the line of the last one (0 if none). */
    static int check(Module m, SourceText src) {
        List<Stmt> body = m.body();
        int i = 0;
        if (!body.isEmpty() && body.get(0) instanceof Stmt.ExprStmt e && e.value() instanceof Expr.Constant c
                && c.value() instanceof String) {
            i = 1;
        }
        boolean done = false;
        int prevLine = 0;
        int futureLine = 0;
        for (; i < body.size(); i++) {
            Stmt s = body.get(i);
            if (done && s.pos().line() > prevLine) {
                break;
            }
            prevLine = s.pos().line();
            if (isFuture(s)) {
                if (done) {
                    // Several statements on one line: `x = 1; from __future__ import y`.
                    throw misplaced(s, src);
                }
                for (Alias a : ((Stmt.ImportFrom) s).names()) {
                    if (!FEATURES.contains(a.name())) {
                        String msg = a.name().equals("braces") ? "not a chance"
                                : "future feature " + a.name() + " is not defined";
                        int line = s.pos().line();
                        throw new PySyntaxError(PySyntaxError.SYNTAX_ERROR, msg, src.filename(), line,
                                s.pos().col() + 1, line, 0, src.line(line));
                    }
                }
                futureLine = s.pos().line();
            } else {
                done = true;
            }
        }
        return futureLine;
    }

    static boolean isFuture(Stmt s) {
        return s instanceof Stmt.ImportFrom f && "__future__".equals(f.module()) && f.level() == 0;
    }

    static PySyntaxError misplaced(Stmt s, SourceText src) {
        var p = s.pos();
        return src.syntaxError("from __future__ imports must occur at the beginning of the file",
                p.line(), p.col(), p.endLine(), p.endCol());
    }
}
