package pygil.scope;

import java.util.ArrayList;
import java.util.List;

import pygil.ast.Alias;
import pygil.ast.Arg;
import pygil.ast.Arguments;
import pygil.ast.AstChildren;
import pygil.ast.Comprehension;
import pygil.ast.Ctx;
import pygil.ast.Expr;
import pygil.ast.Module;
import pygil.ast.Node;
import pygil.ast.Pos;
import pygil.ast.Stmt;
import pygil.syntax.PySyntaxError;
import pygil.syntax.SourceText;

/**
 * Builds the scopes of a module: the first pass of CPython's symtable ({@code symtable_visit_*}),
 * which records how each name is used in each scope, followed by {@link ScopeResolver}. The
 * order of visits follows CPython, because some errors depend on it ("name 'x' is used prior to
 * global declaration").
 */
public final class ScopeAnalyzer {

    private final SourceText src;
    private ScopeTable table;
    private Scope cur;
    /** {@code from __future__ import annotations}: annotations are not evaluated, so not visited. */
    private boolean lazyAnnotations;

    private ScopeAnalyzer(SourceText src) {
        this.src = src;
    }

    /** Analyzes a module; errors carry no file name or source text. */
    public static ScopeTable analyze(Module m) {
        return analyze(m, "", "<unknown>");
    }

    /** Analyzes a module parsed from {@code source}, so that errors show the offending line. */
    public static ScopeTable analyze(Module m, String source, String filename) {
        ScopeAnalyzer a = new ScopeAnalyzer(new SourceText(source, filename));
        Scope top = new Scope(ScopeKind.MODULE, "top", null, m, null);
        a.table = new ScopeTable(top);
        a.table.put(m, top);
        a.cur = top;
        a.lazyAnnotations = futureAnnotations(m);
        a.table.futureAnnotations = a.lazyAnnotations;
        a.statements(m.body());
        new ScopeResolver(a.src).resolve(top);
        return a.table;
    }

    /** Whether the module's leading future imports include {@code annotations}. */
    private static boolean futureAnnotations(Module m) {
        for (int i = 0; i < m.body().size(); i++) {
            Stmt s = m.body().get(i);
            if (i == 0 && s instanceof Stmt.ExprStmt e && e.value() instanceof Expr.Constant c
                    && c.value() instanceof String) {
                continue;
            }
            if (!(s instanceof Stmt.ImportFrom f) || !"__future__".equals(f.module()) || f.level() != 0) {
                return false;
            }
            for (Alias a : f.names()) {
                if (a.name().equals("annotations")) {
                    return true;
                }
            }
        }
        return false;
    }

    private Scope enter(ScopeKind kind, String name, Node node, String privateName) {
        Scope s = new Scope(kind, name, cur, node, privateName);
        table.put(node, s);
        cur = s;
        return s;
    }

    private PySyntaxError error(String msg, Pos p) {
        return src.syntaxError(msg, p.line(), p.col(), p.endLine(), p.endCol());
    }

    /** CPython's {@code symtable_add_def}: adds a flag to a (mangled) name of scope {@code s}. */
    private void addDef(String name, int flag, Pos pos) {
        addDef(cur, name, flag, pos);
    }

    private void addDef(Scope s, String name, int flag, Pos pos) {
        String n = Scope.mangle(cur.privateName(), name);
        Integer old = s.flags.get(n);
        int val = old == null ? 0 : old;
        if ((flag & Flags.PARAM) != 0 && (val & Flags.PARAM) != 0) {
            throw error("duplicate argument '" + name + "' in function definition", pos);
        }
        if ((flag & Flags.LOCAL) != 0 && s == cur && cur.compIterTarget) {
            flag |= Flags.COMP_ITER;
        }
        if ((flag & Flags.BOUND) != 0 && (val & Flags.BOUND) == 0 && (flag & Flags.PARAM) == 0) {
            s.bindingOrder.add(n);
        }
        s.flags.put(n, val | flag);
        if ((flag & Flags.GLOBAL) != 0 && s != table.module()) {
            // CPython records every global declaration in the module's table as well.
            Scope top = table.module();
            top.flags.put(n, top.flags.getOrDefault(n, 0) | Flags.GLOBAL);
        }
    }

    // ---- statements ----

    private void statements(List<Stmt> body) {
        for (Stmt s : body) {
            statement(s);
        }
    }

    private void statement(Stmt s) {
        switch (s) {
            case Stmt.FunctionDef f -> {
                addDef(f.name(), Flags.LOCAL, f.pos());
                expressions(f.args().defaults());
                for (Expr d : f.args().kwDefaults()) {
                    if (d != null) {
                        expr(d);
                    }
                }
                annotations(f.args());
                if (f.returns() != null && !lazyAnnotations) {
                    expr(f.returns());
                }
                expressions(f.decorators());
                Scope outer = cur;
                enter(ScopeKind.FUNCTION, f.name(), f, outer.privateName());
                parameters(f.args());
                statements(f.body());
                cur = outer;
            }
            case Stmt.ClassDef c -> {
                addDef(c.name(), Flags.LOCAL, c.pos());
                expressions(c.bases());
                for (var k : c.keywords()) {
                    expr(k.value());
                }
                expressions(c.decorators());
                Scope outer = cur;
                enter(ScopeKind.CLASS, c.name(), c, c.name());
                statements(c.body());
                cur = outer;
            }
            case Stmt.AnnAssign a -> annAssign(a);
            case Stmt.Try t -> {
                statements(t.body());
                statements(t.orelse());
                for (var h : t.handlers()) {
                    if (h.type() != null) {
                        expr(h.type());
                    }
                    if (h.name() != null) {
                        addDef(h.name(), Flags.LOCAL, h.pos());
                    }
                    statements(h.body());
                }
                statements(t.finalbody());
            }
            case Stmt.Import i -> aliases(i.names());
            case Stmt.ImportFrom i -> aliases(i.names());
            case Stmt.Global g -> declare(g.names(), g.pos(), true);
            case Stmt.Nonlocal n -> declare(n.names(), n.pos(), false);
            default -> {
                for (Node child : AstChildren.of(s)) {
                    if (child instanceof Stmt st) {
                        statement(st);
                    } else if (child instanceof pygil.ast.WithItem w) {
                        expr(w.context());
                        if (w.vars() != null) {
                            expr(w.vars());
                        }
                    } else {
                        expr((Expr) child);
                    }
                }
            }
        }
    }

    private void annAssign(Stmt.AnnAssign a) {
        if (a.target() instanceof Expr.Name n) {
            String name = cur.mangle(n.id());
            int flags = cur.flags.getOrDefault(name, 0);
            if ((flags & (Flags.GLOBAL | Flags.NONLOCAL)) != 0 && cur.kind() != ScopeKind.MODULE && a.simple()) {
                String what = (flags & Flags.GLOBAL) != 0 ? "global" : "nonlocal";
                throw error("annotated name '" + n.id() + "' can't be " + what, a.pos());
            }
            if (a.simple()) {
                addDef(n.id(), Flags.ANNOT | Flags.LOCAL, n.pos());
            } else if (a.value() != null) {
                addDef(n.id(), Flags.LOCAL, n.pos());
            }
        } else {
            expr(a.target());
        }
        if (!lazyAnnotations) {
            expr(a.annotation());
        }
        if (a.value() != null) {
            expr(a.value());
        }
    }

    private void aliases(List<Alias> names) {
        for (Alias a : names) {
            String store = a.asname() != null ? a.asname() : a.name();
            int dot = store.indexOf('.');
            if (dot >= 0) {
                store = store.substring(0, dot);
            }
            if (store.equals("*")) {
                if (cur.kind() != ScopeKind.MODULE) {
                    throw error("import * only allowed at module level", a.pos());
                }
                continue;
            }
            addDef(store, Flags.IMPORT, a.pos());
        }
    }

    /** {@code global} / {@code nonlocal}: an error if the name was already used or bound here. */
    private void declare(List<String> names, Pos pos, boolean global) {
        String what = global ? "global" : "nonlocal";
        for (String name : names) {
            int flags = cur.flags.getOrDefault(cur.mangle(name), 0);
            if ((flags & (Flags.PARAM | Flags.LOCAL | Flags.USE | Flags.ANNOT)) != 0) {
                String msg;
                if ((flags & Flags.PARAM) != 0) {
                    msg = "name '" + name + "' is parameter and " + what;
                } else if ((flags & Flags.USE) != 0) {
                    msg = "name '" + name + "' is used prior to " + what + " declaration";
                } else if ((flags & Flags.ANNOT) != 0) {
                    msg = "annotated name '" + name + "' can't be " + what;
                } else {
                    msg = "name '" + name + "' is assigned to before " + what + " declaration";
                }
                throw error(msg, pos);
            }
            addDef(name, global ? Flags.GLOBAL : Flags.NONLOCAL, pos);
            cur.directives.putIfAbsent(cur.mangle(name), pos);
        }
    }

    private void annotations(Arguments a) {
        List<Arg> all = new ArrayList<>(a.posonly());
        all.addAll(a.args());
        for (Arg x : all) {
            annotation(x);
        }
        annotation(a.vararg());
        annotation(a.kwarg());
        for (Arg x : a.kwonly()) {
            annotation(x);
        }
    }

    private void annotation(Arg a) {
        if (a != null && a.annotation() != null && !lazyAnnotations) {
            expr(a.annotation());
        }
    }

    private void parameters(Arguments a) {
        for (Arg x : a.posonly()) {
            param(x);
        }
        for (Arg x : a.args()) {
            param(x);
        }
        for (Arg x : a.kwonly()) {
            param(x);
        }
        if (a.vararg() != null) {
            param(a.vararg());
        }
        if (a.kwarg() != null) {
            param(a.kwarg());
        }
        // Documented order differs from CPython's varnames: vararg comes before kwonly.
        List<String> ordered = cur.parameters;
        for (Arg x : a.posonly()) {
            ordered.add(cur.mangle(x.name()));
        }
        for (Arg x : a.args()) {
            ordered.add(cur.mangle(x.name()));
        }
        if (a.vararg() != null) {
            ordered.add(cur.mangle(a.vararg().name()));
        }
        for (Arg x : a.kwonly()) {
            ordered.add(cur.mangle(x.name()));
        }
        if (a.kwarg() != null) {
            ordered.add(cur.mangle(a.kwarg().name()));
        }
    }

    private void param(Arg a) {
        addDef(a.name(), Flags.PARAM, a.pos());
    }

    // ---- expressions ----

    private void expressions(List<Expr> list) {
        for (Expr e : list) {
            expr(e);
        }
    }

    private void expr(Expr e) {
        switch (e) {
            case Expr.Name n -> {
                addDef(n.id(), n.ctx() == Ctx.LOAD ? Flags.USE : Flags.LOCAL, n.pos());
                if (n.ctx() == Ctx.LOAD && cur.isFunctionLike() && n.id().equals("super")) {
                    addDef("__class__", Flags.USE, n.pos());
                }
            }
            case Expr.NamedExpr n -> {
                if (cur.compIterExpr > 0) {
                    throw error("assignment expression cannot be used in a comprehension iterable expression",
                            n.pos());
                }
                if (cur.kind() == ScopeKind.COMPREHENSION) {
                    extendNamedExprScope(n.target());
                }
                expr(n.value());
                expr(n.target());
            }
            case Expr.Yield y -> {
                cur.generator = true;
                if (y.value() != null) {
                    expr(y.value());
                }
            }
            case Expr.YieldFrom y -> {
                cur.generator = true;
                expr(y.value());
            }
            case Expr.Lambda l -> {
                expressions(l.args().defaults());
                for (Expr d : l.args().kwDefaults()) {
                    if (d != null) {
                        expr(d);
                    }
                }
                Scope outer = cur;
                enter(ScopeKind.LAMBDA, "lambda", l, outer.privateName());
                parameters(l.args());
                expr(l.body());
                cur = outer;
            }
            case Expr.ListComp c -> comprehension(c, "listcomp", c.generators(), c.elt(), null);
            case Expr.SetComp c -> comprehension(c, "setcomp", c.generators(), c.elt(), null);
            case Expr.DictComp c -> comprehension(c, "dictcomp", c.generators(), c.key(), c.value());
            case Expr.GeneratorExp c -> comprehension(c, "genexpr", c.generators(), c.elt(), null);
            default -> {
                for (Node child : AstChildren.of(e)) {
                    if (child instanceof Expr x) {
                        expr(x);
                    } else if (child instanceof pygil.ast.Keyword k) {
                        expr(k.value());
                    }
                }
            }
        }
    }

    /** The first iterable is evaluated outside; the comprehension receives it as parameter {@code .0}. */
    private void comprehension(Expr node, String name, List<Comprehension> gens, Expr elt, Expr value) {
        Comprehension first = gens.get(0);
        cur.compIterExpr++;
        expr(first.iter());
        cur.compIterExpr--;
        Scope outer = cur;
        Scope s = enter(ScopeKind.COMPREHENSION, name, node, outer.privateName());
        addDef(".0", Flags.PARAM, node.pos());
        s.parameters.add(".0");
        s.compIterTarget = true;
        expr(first.target());
        s.compIterTarget = false;
        expressions(first.ifs());
        for (int i = 1; i < gens.size(); i++) {
            Comprehension g = gens.get(i);
            s.compIterTarget = true;
            expr(g.target());
            s.compIterTarget = false;
            s.compIterExpr++;
            expr(g.iter());
            s.compIterExpr--;
            expressions(g.ifs());
        }
        if (value != null) {
            expr(value);
        }
        expr(elt);
        s.generator = node instanceof Expr.GeneratorExp;
        cur = outer;
    }

    /** A walrus in a comprehension binds in the nearest enclosing function or module scope. */
    private void extendNamedExprScope(Expr.Name target) {
        String name = target.id();
        Pos pos = target.pos();
        for (Scope s = cur; s != null; s = s.parent()) {
            String mangled = s.mangle(name);
            if (s.kind() == ScopeKind.COMPREHENSION) {
                if ((s.flags.getOrDefault(mangled, 0) & Flags.COMP_ITER) != 0) {
                    throw error("assignment expression cannot rebind comprehension iteration variable '"
                            + name + "'", pos);
                }
                continue;
            }
            if (s.isFunctionLike()) {
                boolean global = (s.flags.getOrDefault(mangled, 0) & Flags.GLOBAL) != 0;
                addDef(name, global ? Flags.GLOBAL : Flags.NONLOCAL, pos);
                cur.directives.putIfAbsent(cur.mangle(name), pos);
                addDef(s, name, Flags.LOCAL, pos);
                return;
            }
            if (s.kind() == ScopeKind.MODULE) {
                addDef(name, Flags.GLOBAL, pos);
                cur.directives.putIfAbsent(cur.mangle(name), pos);
                addDef(s, name, Flags.GLOBAL, pos);
                return;
            }
            throw error("assignment expression within a comprehension cannot be used in a class body", pos);
        }
    }
}
