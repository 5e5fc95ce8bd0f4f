package pygil.interpreter.compiler;

import java.util.List;

import pygil.ast.Comprehension;
import pygil.ast.ExceptHandler;
import pygil.ast.Expr;
import pygil.ast.Keyword;
import pygil.ast.Stmt;
import pygil.ast.WithItem;

/**
 * Counts the counted hidden slots a code object needs (values that must survive across
 * statements and be released if the frame exits early): each for loop needs two (iterator and
 * item), each with item two (manager and bound {@code __exit__}), each {@code yield from} one,
 * each try with except clauses one (the exception being handled).
 * Nested functions, lambdas, classes and comprehensions have their own frames and are skipped.
 */
final class HiddenLocalCounter {
    private int count;

    static int count(List<Stmt> body) {
        HiddenLocalCounter c = new HiddenLocalCounter();
        c.stmts(body);
        return c.count;
    }

    static int countExpr(Expr e) {
        HiddenLocalCounter c = new HiddenLocalCounter();
        c.expr(e);
        return c.count;
    }

    private void stmts(List<Stmt> body) {
        for (Stmt s : body) {
            stmt(s);
        }
    }

    private void stmt(Stmt s) {
        switch (s) {
            case Stmt.FunctionDef f -> {
                exprs(f.decorators());
                exprs(f.args().defaults());
                for (Expr e : f.args().kwDefaults()) {
                    if (e != null) {
                        expr(e);
                    }
                }
            }
            case Stmt.ClassDef c -> {
                exprs(c.decorators());
                exprs(c.bases());
                keywords(c.keywords());
            }
            case Stmt.Return r -> expr(r.value());
            case Stmt.Delete d -> exprs(d.targets());
            case Stmt.Assign a -> {
                exprs(a.targets());
                expr(a.value());
            }
            case Stmt.AugAssign a -> {
                expr(a.target());
                expr(a.value());
            }
            case Stmt.AnnAssign a -> {
                expr(a.target());
                expr(a.value());
            }
            case Stmt.For f -> {
                count += 2;
                expr(f.target());
                expr(f.iter());
                stmts(f.body());
                stmts(f.orelse());
            }
            case Stmt.While w -> {
                expr(w.test());
                stmts(w.body());
                stmts(w.orelse());
            }
            case Stmt.If i -> {
                expr(i.test());
                stmts(i.body());
                stmts(i.orelse());
            }
            case Stmt.With w -> {
                for (WithItem item : w.items()) {
                    count += 2;
                    expr(item.context());
                    expr(item.vars());
                }
                stmts(w.body());
            }
            case Stmt.Raise r -> {
                expr(r.exc());
                expr(r.cause());
            }
            case Stmt.Try t -> {
                if (!t.handlers().isEmpty()) {
                    count += 1;
                }
                stmts(t.body());
                for (ExceptHandler h : t.handlers()) {
                    expr(h.type());
                    stmts(h.body());
                }
                stmts(t.orelse());
                // a finally body is emitted once per exit path; the copies share their slots
                stmts(t.finalbody());
            }
            case Stmt.Assert a -> {
                expr(a.test());
                expr(a.msg());
            }
            case Stmt.ExprStmt e -> expr(e.value());
            default -> {
            }
        }
    }

    private void keywords(List<Keyword> keywords) {
        for (Keyword k : keywords) {
            expr(k.value());
        }
    }

    private void exprs(List<Expr> list) {
        for (Expr e : list) {
            expr(e);
        }
    }

    private void expr(Expr e) {
        if (e == null) {
            return;
        }
        switch (e) {
            case Expr.YieldFrom y -> {
                count += 1;
                expr(y.value());
            }
            case Expr.Yield y -> expr(y.value());
            case Expr.BinOp b -> {
                expr(b.left());
                expr(b.right());
            }
            case Expr.UnaryOp u -> expr(u.operand());
            case Expr.BoolOp b -> exprs(b.values());
            case Expr.Compare c -> {
                expr(c.left());
                exprs(c.comparators());
            }
            case Expr.Call c -> {
                expr(c.func());
                exprs(c.args());
                keywords(c.keywords());
            }
            case Expr.IfExp i -> {
                expr(i.test());
                expr(i.body());
                expr(i.orelse());
            }
            case Expr.NamedExpr n -> expr(n.value());
            case Expr.Attribute a -> expr(a.value());
            case Expr.Subscript s -> {
                expr(s.value());
                expr(s.slice());
            }
            case Expr.Slice s -> {
                expr(s.lower());
                expr(s.upper());
                expr(s.step());
            }
            case Expr.Starred s -> expr(s.value());
            case Expr.ListExpr l -> exprs(l.elts());
            case Expr.TupleExpr t -> exprs(t.elts());
            case Expr.SetExpr s -> exprs(s.elts());
            case Expr.DictExpr d -> {
                for (Expr k : d.keys()) {
                    expr(k);
                }
                exprs(d.values());
            }
            case Expr.JoinedStr j -> exprs(j.values());
            case Expr.FormattedValue f -> {
                expr(f.value());
                expr(f.formatSpec());
            }
            // comprehensions run in their own frame, except the first iterable
            case Expr.ListComp c -> firstIter(c.generators());
            case Expr.SetComp c -> firstIter(c.generators());
            case Expr.DictComp c -> firstIter(c.generators());
            case Expr.GeneratorExp c -> firstIter(c.generators());
            default -> {
            }
        }
    }

    private void firstIter(List<Comprehension> generators) {
        expr(generators.get(0).iter());
    }
}
