package pygil.parser;

import java.util.List;

import pygil.ast.AstChildren;
import pygil.ast.Comprehension;
import pygil.ast.Expr;
import pygil.ast.Module;
import pygil.ast.Node;
import pygil.ast.Pos;
import pygil.ast.Stmt;
import pygil.syntax.PySyntaxError;
import pygil.syntax.SourceText;

/**
 * The placement rules that CPython checks in its compiler and symbol table rather than its
 * parser: return outside a function, break and continue outside a loop, yield outside a
 * function or inside a comprehension, and a future import after other statements. Reported here so that a parsed Module is always compilable
 * in these respects. A class body is its own unit: it is neither a function nor inside a loop.
 */
final class ContextValidator {

    private enum Unit { MODULE, FUNCTION, CLASS }

    private final SourceText src;
    /** Line of the last leading future import; later ones are misplaced. */
    private final int futureLine;

    ContextValidator(SourceText src, int futureLine) {
        this.src = src;
        this.futureLine = futureLine;
    }

    void check(Module m) {
        statements(m.body(), Unit.MODULE, false);
    }

    void checkExpression(Expr e) {
        node(e, Unit.MODULE, null);
    }

    private void statements(List<Stmt> body, Unit unit, boolean inLoop) {
        for (Stmt s : body) {
            statement(s, unit, inLoop);
        }
    }

    private void statement(Stmt s, Unit unit, boolean inLoop) {
        switch (s) {
            case Stmt.FunctionDef f -> {
                nodes(f.decorators(), unit);
                node(f.args(), unit, null);
                if (f.returns() != null) {
                    node(f.returns(), unit, null);
                }
                statements(f.body(), Unit.FUNCTION, false);
            }
            case Stmt.ClassDef c -> {
                nodes(c.decorators(), unit);
                nodes(c.bases(), unit);
                nodes(c.keywords(), unit);
                statements(c.body(), Unit.CLASS, false);
            }
            case Stmt.Return r -> {
                if (unit != Unit.FUNCTION) {
                    throw error("'return' outside function", r.pos());
                }
                if (r.value() != null) {
                    node(r.value(), unit, null);
                }
            }
            case Stmt.Break b -> {
                if (!inLoop) {
                    throw error("'break' outside loop", b.pos());
                }
            }
            case Stmt.Continue c -> {
                if (!inLoop) {
                    throw error("'continue' not properly in loop", c.pos());
                }
            }
            case Stmt.For f -> {
                node(f.target(), unit, null);
                node(f.iter(), unit, null);
                statements(f.body(), unit, true);
                statements(f.orelse(), unit, inLoop);
            }
            case Stmt.ImportFrom i when FutureChecker.isFuture(i) && i.pos().line() > futureLine ->
                    throw FutureChecker.misplaced(i, src);
            case Stmt.While w -> {
                node(w.test(), unit, null);
                statements(w.body(), unit, true);
                statements(w.orelse(), unit, inLoop);
            }
            default -> {
                for (Node child : AstChildren.of(s)) {
                    if (child instanceof Stmt st) {
                        statement(st, unit, inLoop);
                    } else if (child instanceof pygil.ast.ExceptHandler h) {
                        if (h.type() != null) {
                            node(h.type(), unit, null);
                        }
                        statements(h.body(), unit, inLoop);
                    } else {
                        node(child, unit, null);
                    }
                }
            }
        }
    }

    private void nodes(List<? extends Node> list, Unit unit) {
        for (Node n : list) {
            node(n, unit, null);
        }
    }

    /** An expression-level node; {@code comprehension} names the comprehension it is inside. */
    private void node(Node n, Unit unit, String comprehension) {
        switch (n) {
            case Expr.Yield y -> {
                checkYield(y.pos(), unit, comprehension);
                if (y.value() != null) {
                    node(y.value(), unit, comprehension);
                }
            }
            case Expr.YieldFrom y -> {
                checkYield(y.pos(), unit, comprehension);
                node(y.value(), unit, comprehension);
            }
            case Expr.Lambda l -> {
                node(l.args(), unit, comprehension);
                node(l.body(), Unit.FUNCTION, null);
            }
            case Expr.ListComp c -> comprehension(List.of(c.elt()), c.generators(), unit, comprehension, "list comprehension");
            case Expr.SetComp c -> comprehension(List.of(c.elt()), c.generators(), unit, comprehension, "set comprehension");
            case Expr.DictComp c -> comprehension(List.of(c.key(), c.value()), c.generators(), unit, comprehension,
                    "dict comprehension");
            case Expr.GeneratorExp c -> comprehension(List.of(c.elt()), c.generators(), unit, comprehension,
                    "generator expression");
            default -> {
                for (Node child : AstChildren.of(n)) {
                    node(child, unit, comprehension);
                }
            }
        }
    }

    /** The first iterable is evaluated outside the comprehension; everything else inside. */
    private void comprehension(List<Expr> elts, List<Comprehension> gens, Unit unit, String outer, String kind) {
        for (int i = 0; i < gens.size(); i++) {
            Comprehension g = gens.get(i);
            node(g.iter(), unit, i == 0 ? outer : kind);
            node(g.target(), unit, kind);
            for (Expr cond : g.ifs()) {
                node(cond, unit, kind);
            }
        }
        for (Expr e : elts) {
            node(e, unit, kind);
        }
    }

    private void checkYield(Pos pos, Unit unit, String comprehension) {
        if (comprehension != null) {
            throw error("'yield' inside " + comprehension, pos);
        }
        if (unit != Unit.FUNCTION) {
            throw error("'yield' outside function", pos);
        }
    }

    private PySyntaxError error(String msg, Pos p) {
        return src.syntaxError(msg, p.line(), p.col(), p.endLine(), p.endCol());
    }
}
