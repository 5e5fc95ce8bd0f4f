package pygil.parser;

import java.util.ArrayList;
import java.util.List;

import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.tree.ParseTree;
import org.antlr.v4.runtime.tree.TerminalNode;

import pygil.ast.Alias;
import pygil.ast.Expr;
import pygil.ast.Pos;
import pygil.ast.Stmt;
import pygil.parser.PyGrammar.*;

/**
 * Builds simple statements: expression statements and the assignment forms (with CPython's
 * target checks and messages), del, flow control, imports, global/nonlocal and assert.
 */
final class SimpleStmtBuilder {

    private final ExprBuilder ex;
    private final ParseSession session;

    SimpleStmtBuilder(ExprBuilder ex) {
        this.ex = ex;
        this.session = ex.session;
    }

    Stmt statement(Simple_stmtContext c) {
        Pos pos = Spans.of(c);
        ParseTree t = c.getChild(0);
        return switch (t) {
            case Expr_stmtContext s -> exprStmt(s, pos);
            case Del_stmtContext s -> delete(s, pos);
            case Pass_stmtContext s -> new Stmt.Pass(pos);
            case Break_stmtContext s -> new Stmt.Break(pos);
            case Continue_stmtContext s -> new Stmt.Continue(pos);
            case Return_stmtContext s -> new Stmt.Return(
                    s.testlist_star_expr() == null ? null : ex.value(s.testlist_star_expr()), pos);
            case Raise_stmtContext s -> raise(s, pos);
            case Yield_stmtContext s -> new Stmt.ExprStmt(ex.yieldExpr(s.yield_expr()), pos);
            case Import_nameContext s -> importName(s, pos);
            case Import_fromContext s -> importFrom(s, pos);
            case Global_stmtContext s -> new Stmt.Global(names(s.NAME()), pos);
            case Nonlocal_stmtContext s -> new Stmt.Nonlocal(names(s.NAME()), pos);
            case Assert_stmtContext s -> new Stmt.Assert(ex.test(s.test(0)),
                    s.test().size() > 1 ? ex.test(s.test(1)) : null, pos);
            default -> throw new IllegalStateException(t.getClass().getSimpleName());
        };
    }

    private Stmt exprStmt(Expr_stmtContext c, Pos pos) {
        Testlist_star_exprContext first = c.testlist_star_expr(0);
        if (c.annassign() != null) {
            return annotated(c, first, pos);
        }
        if (c.augassign() != null) {
            Expr target = ex.expr(first);
            if (!(target instanceof Expr.Name || target instanceof Expr.Attribute
                    || target instanceof Expr.Subscript)) {
                throw session.error("'" + ExprNames.of(target) + "' is an illegal expression for augmented assignment",
                        target.pos());
            }
            target = session.targets.store(target);
            Expr value = ex.value(c.getChild(2));
            return new Stmt.AugAssign(target, ExprBuilder.binOp(c.augassign().start.getType()), value, pos);
        }
        List<ParseTree> parts = new ArrayList<>();
        for (ParseTree t : c.children) {
            if (!(t instanceof TerminalNode)) {
                parts.add(t);
            }
        }
        if (parts.size() == 1) {
            return new Stmt.ExprStmt(ex.value(first), pos);
        }
        List<Expr> targets = new ArrayList<>(parts.size() - 1);
        for (int k = 0; k < parts.size() - 1; k++) {
            if (parts.get(k) instanceof Yield_exprContext y) {
                throw session.error("assignment to yield expression not possible", Spans.of(y));
            }
            targets.add(ex.expr(parts.get(k)));
        }
        Expr value = ex.value(parts.get(parts.size() - 1));
        boolean valid = true;
        for (Expr t : targets) {
            valid &= Targets.invalid(t, false) == null;
        }
        if (!valid) {
            maybeMeantEquals(first, targets.get(0), parts);
        }
        List<Expr> stored = new ArrayList<>(targets.size());
        for (Expr t : targets) {
            stored.add(session.targets.store(t));
        }
        return new Stmt.Assign(stored, value, pos);
    }

    /**
     * CPython's invalid_named_expression, which its parser tries first on a failed assignment:
     * when the element just before the first {@code =} is followed by a simple value, the
     * message suggests {@code ==} instead of blaming the target list as a whole.
     */
    private void maybeMeantEquals(Testlist_star_exprContext first, Expr target, List<ParseTree> parts) {
        boolean tuple = target instanceof Expr.TupleExpr && first.getChildCount() > 1;
        if (tuple && first.getChild(first.getChildCount() - 1) instanceof TerminalNode) {
            return; // a trailing comma: no element is directly followed by `=`
        }
        ParserRuleContext elemCtx = (ParserRuleContext) first.getChild(tuple ? first.getChildCount() - 1 : 0);
        Expr elem = tuple ? ((Expr.TupleExpr) target).elts().getLast() : target;
        ParserRuleContext valueOr = leftmostBitwiseOr(parts.get(1));
        if (valueOr == null) {
            return;
        }
        ParseTree second = parts.get(1);
        boolean singleWhole = second.getChildCount() == 1 && spansAll(valueOr, (ParserRuleContext) second);
        if (singleWhole && parts.size() > 2) {
            return; // the value is itself followed by `=`
        }
        if (elemCtx.start == elemCtx.stop && elemCtx.start.getType() == PyLexer.NAME) {
            throw session.error("invalid syntax. Maybe you meant '==' or ':=' instead of '='?",
                    Spans.between(elemCtx.start, valueOr.stop));
        }
        ParserRuleContext elemOr = leftmostBitwiseOr(elemCtx);
        if (elemOr == null || !spansAll(elemOr, elemCtx)) {
            return;
        }
        boolean excluded = elem instanceof Expr.ListExpr || elem instanceof Expr.TupleExpr
                || elem instanceof Expr.GeneratorExp
                || (elem instanceof Expr.Constant k && (k.value() == Expr.None.VALUE || k.value() instanceof Boolean));
        if (!excluded) {
            throw session.error("cannot assign to " + ExprNames.of(elem)
                    + " here. Maybe you meant '==' instead of '='?", elem.pos());
        }
    }

    private static boolean spansAll(ParserRuleContext inner, ParserRuleContext outer) {
        return inner.start == outer.start && inner.stop == outer.stop;
    }

    /** The {@code expr} (bitwise-or) rule that starts an element, or null if none can. */
    private static ParserRuleContext leftmostBitwiseOr(ParseTree t) {
        for (;;) {
            switch (t) {
                case Testlist_star_exprContext c -> t = c.getChild(0);
                case TestContext c -> {
                    if (c.lambdef() != null) {
                        return null;
                    }
                    t = c.or_test(0);
                }
                case Or_testContext c -> t = c.and_test(0);
                case And_testContext c -> t = c.not_test(0);
                case Not_testContext c -> {
                    if (c.NOT() != null) {
                        return null;
                    }
                    t = c.comparison();
                }
                case ComparisonContext c -> t = c.expr(0);
                case PyGrammar.ExprContext c -> {
                    return c;
                }
                default -> {
                    return null;
                }
            }
        }
    }

    private Stmt annotated(Expr_stmtContext c, Testlist_star_exprContext first, Pos pos) {
        Expr target = ex.expr(first);
        boolean parenthesized = first.start.getType() == PyLexer.OPEN_PAREN;
        switch (target) {
            case Expr.TupleExpr t -> throw session.error("only single target (not tuple) can be annotated",
                    parenthesized || t.elts().isEmpty() ? t.pos() : t.elts().get(0).pos());
            case Expr.ListExpr l -> throw session.error("only single target (not list) can be annotated", l.pos());
            case Expr.Name n -> { }
            case Expr.Attribute a -> { }
            case Expr.Subscript s -> { }
            default -> throw session.error("illegal target for annotation", target.pos());
        }
        boolean simple = target instanceof Expr.Name && !parenthesized;
        target = session.targets.store(target);
        AnnassignContext a = c.annassign();
        Expr annotation = ex.test(a.test());
        Expr value = a.ASSIGN() == null ? null : ex.value(a.getChild(3));
        return new Stmt.AnnAssign(target, annotation, value, simple, pos);
    }

    private Stmt delete(Del_stmtContext c, Pos pos) {
        List<Expr> targets = new ArrayList<>();
        for (ParseTree t : c.exprlist().children) {
            if (!(t instanceof TerminalNode)) {
                targets.add(session.targets.delete(ex.expr(t)));
            }
        }
        return new Stmt.Delete(targets, pos);
    }

    private Stmt raise(Raise_stmtContext c, Pos pos) {
        List<TestContext> tests = c.test();
        Expr exc = tests.isEmpty() ? null : ex.test(tests.get(0));
        Expr cause = tests.size() > 1 ? ex.test(tests.get(1)) : null;
        return new Stmt.Raise(exc, cause, pos);
    }

    private Stmt importName(Import_nameContext c, Pos pos) {
        List<Alias> names = new ArrayList<>();
        for (Dotted_as_nameContext d : c.dotted_as_name()) {
            String as = d.NAME() == null ? null : ExprBuilder.name(d.NAME().getSymbol());
            names.add(new Alias(dotted(d.dotted_name()), as, Spans.of(d)));
        }
        return new Stmt.Import(names, pos);
    }

    private Stmt importFrom(Import_fromContext c, Pos pos) {
        int level = 0;
        for (TerminalNode t : c.DOT()) {
            level += 1;
        }
        for (TerminalNode t : c.ELLIPSIS()) {
            level += 3;
        }
        if (level == 0 && c.dotted_name() == null) {
            throw session.errorAt(c.IMPORT().getSymbol(), "invalid syntax");
        }
        String module = c.dotted_name() == null ? null : dotted(c.dotted_name());
        Import_targetsContext it = c.import_targets();
        List<Alias> names = new ArrayList<>();
        if (it.STAR() != null) {
            names.add(new Alias("*", null, Spans.of(it.STAR().getSymbol())));
        } else {
            Import_as_namesContext ns = it.import_as_names();
            if (it.OPEN_PAREN() == null && ns.COMMA().size() >= ns.import_as_name().size()) {
                throw session.errorAfter(ns.stop, "trailing comma not allowed without surrounding parentheses");
            }
            for (Import_as_nameContext n : ns.import_as_name()) {
                String as = n.NAME().size() > 1 ? ExprBuilder.name(n.NAME(1).getSymbol()) : null;
                names.add(new Alias(ExprBuilder.name(n.NAME(0).getSymbol()), as, Spans.of(n)));
            }
        }
        return new Stmt.ImportFrom(module, names, level, pos);
    }

    private static String dotted(Dotted_nameContext d) {
        List<TerminalNode> parts = d.NAME();
        if (parts.size() == 1) {
            return ExprBuilder.name(parts.get(0).getSymbol());
        }
        StringBuilder sb = new StringBuilder();
        for (TerminalNode p : parts) {
            if (!sb.isEmpty()) {
                sb.append('.');
            }
            sb.append(ExprBuilder.name(p.getSymbol()));
        }
        return sb.toString();
    }

    private static List<String> names(List<TerminalNode> nodes) {
        List<String> out = new ArrayList<>(nodes.size());
        for (TerminalNode n : nodes) {
            out.add(ExprBuilder.name(n.getSymbol()));
        }
        return out;
    }
}
