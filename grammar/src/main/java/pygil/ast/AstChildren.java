package pygil.ast;

import java.util.ArrayList;
import java.util.List;

/**
 * The direct child nodes of an AST node in CPython's field order ({@code ast.iter_child_nodes}),
 * for passes that only need to reach every node, such as searches and checks.
 */
public final class AstChildren {

    private AstChildren() {}

    public static List<Node> of(Node n) {
        List<Node> out = new ArrayList<>();
        switch (n) {
            case Module m -> out.addAll(m.body());
            case Stmt s -> stmt(s, out);
            case Expr e -> expr(e, out);
            case Arguments a -> {
                out.addAll(a.posonly());
                out.addAll(a.args());
                add(out, a.vararg());
                out.addAll(a.kwonly());
                for (Expr d : a.kwDefaults()) {
                    add(out, d);
                }
                add(out, a.kwarg());
                out.addAll(a.defaults());
            }
            case Arg a -> add(out, a.annotation());
            case Keyword k -> out.add(k.value());
            case Comprehension c -> {
                out.add(c.target());
                out.add(c.iter());
                out.addAll(c.ifs());
            }
            case ExceptHandler h -> {
                add(out, h.type());
                out.addAll(h.body());
            }
            case WithItem w -> {
                out.add(w.context());
                add(out, w.vars());
            }
            case Alias a -> { }
        }
        return out;
    }

    private static void add(List<Node> out, Node n) {
        if (n != null) {
            out.add(n);
        }
    }

    private static void stmt(Stmt s, List<Node> out) {
        switch (s) {
            case Stmt.FunctionDef f -> {
                out.add(f.args());
                out.addAll(f.body());
                out.addAll(f.decorators());
                add(out, f.returns());
            }
            case Stmt.ClassDef c -> {
                out.addAll(c.bases());
                out.addAll(c.keywords());
                out.addAll(c.body());
                out.addAll(c.decorators());
            }
            case Stmt.Return r -> add(out, r.value());
            case Stmt.Delete d -> out.addAll(d.targets());
            case Stmt.Assign a -> {
                out.addAll(a.targets());
                out.add(a.value());
            }
            case Stmt.AugAssign a -> {
                out.add(a.target());
                out.add(a.value());
            }
            case Stmt.AnnAssign a -> {
                out.add(a.target());
                out.add(a.annotation());
                add(out, a.value());
            }
            case Stmt.For f -> {
                out.add(f.target());
                out.add(f.iter());
                out.addAll(f.body());
                out.addAll(f.orelse());
            }
            case Stmt.While w -> {
                out.add(w.test());
                out.addAll(w.body());
                out.addAll(w.orelse());
            }
            case Stmt.If i -> {
                out.add(i.test());
                out.addAll(i.body());
                out.addAll(i.orelse());
            }
            case Stmt.With w -> {
                out.addAll(w.items());
                out.addAll(w.body());
            }
            case Stmt.Raise r -> {
                add(out, r.exc());
                add(out, r.cause());
            }
            case Stmt.Try t -> {
                out.addAll(t.body());
                out.addAll(t.handlers());
                out.addAll(t.orelse());
                out.addAll(t.finalbody());
            }
            case Stmt.Assert a -> {
                out.add(a.test());
                add(out, a.msg());
            }
            case Stmt.Import i -> out.addAll(i.names());
            case Stmt.ImportFrom i -> out.addAll(i.names());
            case Stmt.ExprStmt e -> out.add(e.value());
            case Stmt.Global g -> { }
            case Stmt.Nonlocal n -> { }
            case Stmt.Pass p -> { }
            case Stmt.Break b -> { }
            case Stmt.Continue c -> { }
        }
    }

    private static void expr(Expr e, List<Node> out) {
        switch (e) {
            case Expr.Constant c -> { }
            case Expr.JoinedStr j -> out.addAll(j.values());
            case Expr.FormattedValue f -> {
                out.add(f.value());
                add(out, f.formatSpec());
            }
            case Expr.Name n -> { }
            case Expr.Attribute a -> out.add(a.value());
            case Expr.Subscript s -> {
                out.add(s.value());
                out.add(s.slice());
            }
            case Expr.Slice s -> {
                add(out, s.lower());
                add(out, s.upper());
                add(out, s.step());
            }
            case Expr.Starred s -> out.add(s.value());
            case Expr.BinOp b -> {
                out.add(b.left());
                out.add(b.right());
            }
            case Expr.UnaryOp u -> out.add(u.operand());
            case Expr.BoolOp b -> out.addAll(b.values());
            case Expr.Compare c -> {
                out.add(c.left());
                out.addAll(c.comparators());
            }
            case Expr.Call c -> {
                out.add(c.func());
                out.addAll(c.args());
                out.addAll(c.keywords());
            }
            case Expr.IfExp i -> {
                out.add(i.test());
                out.add(i.body());
                out.add(i.orelse());
            }
            case Expr.Lambda l -> {
                out.add(l.args());
                out.add(l.body());
            }
            case Expr.NamedExpr n -> {
                out.add(n.target());
                out.add(n.value());
            }
            case Expr.ListExpr l -> out.addAll(l.elts());
            case Expr.TupleExpr t -> out.addAll(t.elts());
            case Expr.SetExpr s -> out.addAll(s.elts());
            case Expr.DictExpr d -> {
                for (int i = 0; i < d.keys().size(); i++) {
                    add(out, d.keys().get(i));
                    out.add(d.values().get(i));
                }
            }
            case Expr.ListComp c -> {
                out.add(c.elt());
                out.addAll(c.generators());
            }
            case Expr.SetComp c -> {
                out.add(c.elt());
                out.addAll(c.generators());
            }
            case Expr.DictComp c -> {
                out.add(c.key());
                out.add(c.value());
                out.addAll(c.generators());
            }
            case Expr.GeneratorExp c -> {
                out.add(c.elt());
                out.addAll(c.generators());
            }
            case Expr.Yield y -> add(out, y.value());
            case Expr.YieldFrom y -> out.add(y.value());
        }
    }
}
