package pygil.parser;

import java.util.ArrayList;
import java.util.List;

import pygil.ast.Ctx;
import pygil.ast.Expr;
import pygil.ast.Pos;
import pygil.syntax.PySyntaxError;
import pygil.syntax.SourceText;

/**
 * Turns an expression parsed in load context into an assignment or deletion target, as CPython's
 * star_targets / del_targets rules do, raising CPython's messages for what cannot be a target
 * ({@code _PyPegen_get_invalid_target}) and the compiler's checks on starred targets.
 */
final class Targets {

    private final SourceText src;

    Targets(SourceText src) {
        this.src = src;
    }

    /** The first sub-expression that cannot be a target, or null when {@code e} is valid. */
    static Expr invalid(Expr e, boolean deleting) {
        return switch (e) {
            case Expr.Name n -> null;
            case Expr.Attribute a -> null;
            case Expr.Subscript s -> null;
            case Expr.Starred s -> deleting ? e : invalid(s.value(), false);
            case Expr.TupleExpr t -> firstInvalid(t.elts(), deleting);
            case Expr.ListExpr l -> firstInvalid(l.elts(), deleting);
            default -> e;
        };
    }

    private static Expr firstInvalid(List<Expr> elts, boolean deleting) {
        for (Expr x : elts) {
            Expr bad = invalid(x, deleting);
            if (bad != null) {
                return bad;
            }
        }
        return null;
    }

    /** An assignment target (also for, with-as and comprehension targets). */
    Expr store(Expr e) {
        Expr bad = invalid(e, false);
        if (bad != null) {
            throw error("cannot assign to " + ExprNames.of(bad), bad.pos());
        }
        if (e instanceof Expr.Starred) {
            throw error("starred assignment target must be in a list or tuple", e.pos());
        }
        return withCtx(e, Ctx.STORE);
    }

    Expr delete(Expr e) {
        Expr bad = invalid(e, true);
        if (bad != null) {
            throw error("cannot delete " + ExprNames.of(bad), bad.pos());
        }
        return withCtx(e, Ctx.DEL);
    }

    private Expr withCtx(Expr e, Ctx ctx) {
        return switch (e) {
            case Expr.Name n -> {
                if (n.id().equals("__debug__")) {
                    throw error("cannot assign to __debug__", n.pos());
                }
                yield new Expr.Name(n.id(), ctx, n.pos());
            }
            case Expr.Attribute a -> new Expr.Attribute(a.value(), a.attr(), ctx, a.pos());
            case Expr.Subscript s -> new Expr.Subscript(s.value(), s.slice(), ctx, s.pos());
            case Expr.Starred s -> new Expr.Starred(withCtx(s.value(), ctx), ctx, s.pos());
            case Expr.TupleExpr t -> new Expr.TupleExpr(elements(t.elts(), ctx, t.pos()), ctx, t.pos());
            case Expr.ListExpr l -> new Expr.ListExpr(elements(l.elts(), ctx, l.pos()), ctx, l.pos());
            default -> throw new IllegalStateException("not a target: " + e);
        };
    }

    private List<Expr> elements(List<Expr> elts, Ctx ctx, Pos whole) {
        List<Expr> out = new ArrayList<>(elts.size());
        boolean starred = false;
        for (Expr x : elts) {
            if (x instanceof Expr.Starred && ctx == Ctx.STORE) {
                if (starred) {
                    throw error("multiple starred expressions in assignment", whole);
                }
                starred = true;
            }
            out.add(withCtx(x, ctx));
        }
        return out;
    }

    private PySyntaxError error(String msg, Pos p) {
        return src.syntaxError(msg, p.line(), p.col(), p.endLine(), p.endCol());
    }
}
