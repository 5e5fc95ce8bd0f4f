package pygil.parser;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.tree.ParseTree;
import org.antlr.v4.runtime.tree.TerminalNode;

import pygil.ast.Comprehension;
import pygil.ast.Ctx;
import pygil.ast.Expr;
import pygil.ast.Keyword;
import pygil.ast.Pos;
import pygil.parser.PyGrammar.*;

/**
 * Builds bracketed constructs: tuple, list, set and dict displays, comprehensions and generator
 * expressions, call arguments and subscripts, with CPython's checks on argument order and on
 * unpacking inside comprehensions.
 */
final class DisplayBuilder {

    private final ExprBuilder ex;

    DisplayBuilder(ExprBuilder ex) {
        this.ex = ex;
    }

    private Expr element(ParseTree t) {
        return ex.expr(t);
    }

    /** {@code ( ... )}: empty tuple, yield, group, tuple or generator expression. */
    Expr parenthesized(AtomContext c, Pos pos) {
        if (c.yield_expr() != null) {
            return ex.yieldExpr(c.yield_expr());
        }
        Testlist_compContext tc = c.testlist_comp();
        if (tc == null) {
            return new Expr.TupleExpr(List.of(), Ctx.LOAD, pos);
        }
        if (tc.comp_for() != null) {
            Expr elt = comprehensionElement(tc.getChild(0));
            return new Expr.GeneratorExp(elt, comprehensions(tc.comp_for()), pos);
        }
        if (tc.getChildCount() == 1) {
            Expr e = element(tc.getChild(0));
            if (e instanceof Expr.Starred) {
                throw ex.session.error("cannot use starred expression here", e.pos());
            }
            return e;
        }
        return new Expr.TupleExpr(elements(tc), Ctx.LOAD, pos);
    }

    Expr list(Testlist_compContext tc, Pos pos) {
        if (tc == null) {
            return new Expr.ListExpr(List.of(), Ctx.LOAD, pos);
        }
        if (tc.comp_for() != null) {
            Expr elt = comprehensionElement(tc.getChild(0));
            return new Expr.ListComp(elt, comprehensions(tc.comp_for()), pos);
        }
        return new Expr.ListExpr(elements(tc), Ctx.LOAD, pos);
    }

    private List<Expr> elements(Testlist_compContext tc) {
        List<Expr> elts = new ArrayList<>();
        for (ParseTree t : tc.children) {
            if (!(t instanceof TerminalNode)) {
                elts.add(element(t));
            }
        }
        return elts;
    }

    private Expr comprehensionElement(ParseTree t) {
        Expr e = element(t);
        if (e instanceof Expr.Starred) {
            throw ex.session.error("iterable unpacking cannot be used in comprehension", e.pos());
        }
        return e;
    }

    Expr dictOrSet(DictorsetmakerContext dc, Pos pos) {
        if (dc == null) {
            return new Expr.DictExpr(List.of(), List.of(), pos);
        }
        List<Dict_itemContext> items = dc.dict_item();
        boolean isDict = isDictItem(items.get(0));
        if (dc.comp_for() != null) {
            Dict_itemContext it = items.get(0);
            List<Comprehension> gens = comprehensions(dc.comp_for());
            if (it.POWER() != null) {
                throw ex.session.errorAt(it.POWER().getSymbol(), "dict unpacking cannot be used in dict comprehension");
            }
            if (isDict) {
                return new Expr.DictComp(ex.test(it.test(0)), ex.test(it.test(1)), gens, pos);
            }
            return new Expr.SetComp(comprehensionElement(it), gens, pos);
        }
        List<Expr> keys = new ArrayList<>();
        List<Expr> values = new ArrayList<>();
        for (Dict_itemContext it : items) {
            if (isDictItem(it) != isDict) {
                Pos at = Spans.of(it);
                if (isDict) {
                    // CPython gives this one no end (end_offset 0).
                    throw ex.session.error("':' expected after dictionary key",
                            new Pos(at.line(), at.col(), at.line(), -1));
                }
                throw ex.session.error("invalid syntax", at);
            }
            if (it.POWER() != null) {
                keys.add(null);
                values.add(ex.expr(it.expr()));
            } else if (it.COLON() != null) {
                keys.add(ex.test(it.test(0)));
                values.add(ex.test(it.test(1)));
            } else {
                keys.add(setItem(it));
            }
        }
        return isDict ? new Expr.DictExpr(keys, values, pos) : new Expr.SetExpr(keys, pos);
    }

    private static boolean isDictItem(Dict_itemContext it) {
        return it.POWER() != null || it.COLON() != null;
    }

    private Expr setItem(Dict_itemContext it) {
        if (it.star_expr() != null) {
            return ex.starred(it.star_expr());
        }
        Expr e = ex.test(it.test(0));
        if (it.WALRUS() != null) {
            return ex.walrus(e, ex.test(it.test(1)), Spans.of(it));
        }
        return e;
    }

    private Expr comprehensionElement(Dict_itemContext it) {
        Expr e = setItem(it);
        if (e instanceof Expr.Starred) {
            throw ex.session.error("iterable unpacking cannot be used in comprehension", e.pos());
        }
        return e;
    }

    List<Comprehension> comprehensions(Comp_forContext cf) {
        List<Comprehension> out = new ArrayList<>();
        for (Comp_clauseContext cc : cf.comp_clause()) {
            Expr target = ex.session.targets.store(ex.list(cc.exprlist(), cc.exprlist().children));
            Expr iter = ex.expr(cc.or_test());
            List<Expr> ifs = new ArrayList<>();
            for (Comp_ifContext ci : cc.comp_if()) {
                ifs.add(ex.expr(ci.or_test()));
            }
            out.add(new Comprehension(target, iter, ifs, Spans.of(cc)));
        }
        return out;
    }

    // ---- calls ----

    /** A call; {@code pos} runs from the callee to the closing parenthesis. */
    Expr call(Expr func, TrailerContext t, Pos pos) {
        return arguments(func, t.arglist(), t.start, t.stop, pos);
    }

    /** Call arguments between the parentheses {@code open} and {@code close} (also class bases). */
    Expr.Call arguments(Expr func, ArglistContext al, Token open, Token close, Pos pos) {
        if (al == null) {
            return new Expr.Call(func, List.of(), List.of(), pos);
        }
        List<ArgumentContext> argCtxs = al.argument();
        List<Expr> args = new ArrayList<>();
        List<Keyword> keywords = new ArrayList<>();
        boolean sawKeyword = false;
        boolean sawDoubleStar = false;
        Set<String> names = new HashSet<>();
        for (ArgumentContext a : argCtxs) {
            Pos apos = Spans.of(a);
            if (a.comp_for() != null) {
                Expr elt = ex.test(a.test(0));
                List<Comprehension> gens = comprehensions(a.comp_for());
                if (argCtxs.size() > 1 || al.COMMA().size() > 0) {
                    throw ex.session.error("Generator expression must be parenthesized", apos);
                }
                // A sole generator argument borrows the call's parentheses.
                Pos gpos = Spans.between(open, close);
                args.add(new Expr.GeneratorExp(elt, gens, gpos));
            } else if (a.POWER() != null) {
                keywords.add(new Keyword(null, ex.test(a.test(0)), apos));
                sawDoubleStar = true;
            } else if (a.STAR() != null) {
                if (sawDoubleStar) {
                    throw ex.session.errorAt(a.STAR().getSymbol(),
                            "iterable argument unpacking follows keyword argument unpacking");
                }
                args.add(new Expr.Starred(ex.test(a.test(0)), Ctx.LOAD, apos));
            } else if (a.ASSIGN() != null) {
                Expr target = ex.test(a.test(0));
                if (!(target instanceof Expr.Name n)) {
                    // CPython highlights the would-be keyword and the `=`.
                    Pos upToEquals = Spans.between(a.start, a.ASSIGN().getSymbol());
                    if (target instanceof Expr.Constant k && ExprNames.of(k).matches("None|True|False")) {
                        throw ex.session.error("cannot assign to " + ExprNames.of(k), upToEquals);
                    }
                    throw ex.session.error("expression cannot contain assignment, perhaps you meant \"==\"?",
                            upToEquals);
                }
                if (!names.add(n.id())) {
                    throw ex.session.error("keyword argument repeated: " + n.id(), apos);
                }
                keywords.add(new Keyword(n.id(), ex.test(a.test(1)), apos));
                sawKeyword = true;
            } else {
                Expr value = ex.test(a.test(0));
                if (a.WALRUS() != null) {
                    value = ex.walrus(value, ex.test(a.test(1)), apos);
                }
                // CPython reports these once the whole argument list is read: at the `)`.
                if (sawDoubleStar) {
                    throw ex.session.errorAt(close, "positional argument follows keyword argument unpacking");
                }
                if (sawKeyword) {
                    throw ex.session.errorAt(close, "positional argument follows keyword argument");
                }
                args.add(value);
            }
        }
        return new Expr.Call(func, args, keywords, pos);
    }

    // ---- subscripts ----

    Expr subscripts(SubscriptlistContext sl) {
        List<SubscriptContext> subs = sl.subscript();
        if (subs.size() == 1 && sl.COMMA().isEmpty() && subs.get(0).star_expr() == null) {
            return subscript(subs.get(0));
        }
        List<Expr> elts = new ArrayList<>(subs.size());
        for (SubscriptContext s : subs) {
            elts.add(subscript(s));
        }
        return new Expr.TupleExpr(elts, Ctx.LOAD, Spans.of(sl));
    }

    private Expr subscript(SubscriptContext s) {
        if (s.star_expr() != null) {
            return ex.starred(s.star_expr());
        }
        if (s.WALRUS() != null) {
            return ex.walrus(ex.test(s.test(0)), ex.test(s.test(1)), Spans.of(s));
        }
        if (s.COLON() == null) {
            return ex.test(s.test(0));
        }
        // `lower? : upper? (: step?)?`; which tests are present is told by their positions.
        int colon = s.COLON().getSymbol().getTokenIndex();
        Expr lower = null;
        Expr upper = null;
        for (TestContext t : s.test()) {
            if (t.start.getTokenIndex() < colon) {
                lower = ex.test(t);
            } else {
                upper = ex.test(t);
            }
        }
        Expr step = null;
        if (s.sliceop() != null && s.sliceop().test() != null) {
            step = ex.test(s.sliceop().test());
        }
        return new Expr.Slice(lower, upper, step, Spans.of(s));
    }
}
