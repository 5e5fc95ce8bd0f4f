package pygil.ast;

import java.util.ArrayList;
import java.util.List;

import pygil.ast.AstDump.DNode;
import pygil.ast.AstDump.Repr;

/**
 * Maps our records onto CPython's AST classes for {@link AstDump}: class names (ListExpr is
 * {@code List}, ExprStmt is {@code Expr}, ...), field names and order from CPython's ASDL, and
 * which fields are optional (left out of the dump when null).
 */
final class DumpTree {

    private final boolean attributes;

    private DumpTree(boolean attributes) {
        this.attributes = attributes;
    }

    static Object of(Node n, boolean attributes) {
        return new DumpTree(attributes).node(n);
    }

    Object node(Node n) {
        if (n == null) {
            return new Repr("None");
        }
        return switch (n) {
            case Module m -> make("Module", null, "body", list(m.body()), "type_ignores", List.of());
            case Stmt s -> stmt(s);
            case Expr e -> ExprDump.of(this, e);
            case Arguments a -> make("arguments", null, "posonlyargs", list(a.posonly()), "args", list(a.args()),
                    "vararg?", opt(a.vararg()), "kwonlyargs", list(a.kwonly()), "kw_defaults", list(a.kwDefaults()),
                    "kwarg?", opt(a.kwarg()), "defaults", list(a.defaults()));
            case Arg a -> make("arg", a.pos(), "arg", str(a.name()), "annotation?", opt(a.annotation()));
            case Keyword k -> make("keyword", k.pos(), "arg?", k.arg() == null ? null : str(k.arg()),
                    "value", node(k.value()));
            case Comprehension c -> make("comprehension", null, "target", node(c.target()), "iter", node(c.iter()),
                    "ifs", list(c.ifs()), "is_async", new Repr("0"));
            case ExceptHandler h -> make("ExceptHandler", h.pos(), "type?", opt(h.type()),
                    "name?", h.name() == null ? null : str(h.name()), "body", list(h.body()));
            case WithItem w -> make("withitem", null, "context_expr", node(w.context()),
                    "optional_vars?", opt(w.vars()));
            case Alias a -> make("alias", a.pos(), "name", str(a.name()),
                    "asname?", a.asname() == null ? null : str(a.asname()));
        };
    }

    private Object stmt(Stmt s) {
        Pos p = s.pos();
        return switch (s) {
            case Stmt.FunctionDef f -> make("FunctionDef", p, "name", str(f.name()), "args", node(f.args()),
                    "body", list(f.body()), "decorator_list", list(f.decorators()), "returns?", opt(f.returns()));
            case Stmt.ClassDef c -> make("ClassDef", p, "name", str(c.name()), "bases", list(c.bases()),
                    "keywords", list(c.keywords()), "body", list(c.body()), "decorator_list", list(c.decorators()));
            case Stmt.Return r -> make("Return", p, "value?", opt(r.value()));
            case Stmt.Delete d -> make("Delete", p, "targets", list(d.targets()));
            case Stmt.Assign a -> make("Assign", p, "targets", list(a.targets()), "value", node(a.value()));
            case Stmt.AugAssign a -> make("AugAssign", p, "target", node(a.target()), "op", ExprDump.op(a.op()),
                    "value", node(a.value()));
            case Stmt.AnnAssign a -> make("AnnAssign", p, "target", node(a.target()),
                    "annotation", node(a.annotation()), "value?", opt(a.value()),
                    "simple", new Repr(a.simple() ? "1" : "0"));
            case Stmt.For f -> make("For", p, "target", node(f.target()), "iter", node(f.iter()),
                    "body", list(f.body()), "orelse", list(f.orelse()));
            case Stmt.While w -> make("While", p, "test", node(w.test()), "body", list(w.body()),
                    "orelse", list(w.orelse()));
            case Stmt.If i -> make("If", p, "test", node(i.test()), "body", list(i.body()), "orelse", list(i.orelse()));
            case Stmt.With w -> make("With", p, "items", list(w.items()), "body", list(w.body()));
            case Stmt.Raise r -> make("Raise", p, "exc?", opt(r.exc()), "cause?", opt(r.cause()));
            case Stmt.Try t -> make("Try", p, "body", list(t.body()), "handlers", list(t.handlers()),
                    "orelse", list(t.orelse()), "finalbody", list(t.finalbody()));
            case Stmt.Assert a -> make("Assert", p, "test", node(a.test()), "msg?", opt(a.msg()));
            case Stmt.Import i -> make("Import", p, "names", list(i.names()));
            case Stmt.ImportFrom i -> make("ImportFrom", p, "module?", i.module() == null ? null : str(i.module()),
                    "names", list(i.names()), "level", new Repr(Integer.toString(i.level())));
            case Stmt.Global g -> make("Global", p, "names", strings(g.names()));
            case Stmt.Nonlocal n -> make("Nonlocal", p, "names", strings(n.names()));
            case Stmt.ExprStmt e -> make("Expr", p, "value", node(e.value()));
            case Stmt.Pass x -> make("Pass", p);
            case Stmt.Break x -> make("Break", p);
            case Stmt.Continue x -> make("Continue", p);
        };
    }

    Object opt(Node n) {
        return n == null ? null : node(n);
    }

    List<Object> list(List<? extends Node> nodes) {
        List<Object> out = new ArrayList<>(nodes.size());
        for (Node n : nodes) {
            out.add(node(n));
        }
        return out;
    }

    private static List<Object> strings(List<String> xs) {
        List<Object> out = new ArrayList<>(xs.size());
        for (String x : xs) {
            out.add(str(x));
        }
        return out;
    }

    static Repr str(String s) {
        return new Repr(PyRepr.str(s));
    }

    /**
     * A dump node from alternating field names and values. A name ending in {@code ?} marks an
     * optional field, omitted when its value is null; {@code pos} adds the position attributes
     * (null for classes that have none in CPython).
     */
    DNode make(String cls, Pos pos, Object... fields) {
        List<String> ns = new ArrayList<>();
        List<Object> vs = new ArrayList<>();
        for (int i = 0; i < fields.length; i += 2) {
            String name = (String) fields[i];
            Object value = fields[i + 1];
            if (name.endsWith("?")) {
                if (value == null) {
                    continue;
                }
                name = name.substring(0, name.length() - 1);
            }
            ns.add(name);
            vs.add(value);
        }
        if (attributes && pos != null) {
            ns.addAll(List.of("lineno", "col_offset", "end_lineno", "end_col_offset"));
            vs.add(new Repr(Integer.toString(pos.line())));
            vs.add(new Repr(Integer.toString(pos.col())));
            vs.add(new Repr(Integer.toString(pos.endLine())));
            vs.add(new Repr(Integer.toString(pos.endCol())));
        }
        return new DNode(cls, ns, vs);
    }
}
