package pygil.parser;

import java.util.ArrayList;
import java.util.List;

import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.tree.TerminalNode;

import pygil.ast.Arg;
import pygil.ast.Arguments;
import pygil.ast.Expr;
import pygil.ast.Pos;
import pygil.parser.PyGrammar.*;

/**
 * Builds CPython's {@code ast.arguments} from a def or lambda parameter list. The grammar accepts
 * parameters in any order; the ordering rules (and their CPython messages, such as
 * "non-default argument follows default argument") are enforced here.
 */
final class ArgumentsBuilder {

    private enum Kind { PLAIN, SLASH, STAR, DOUBLE_STAR }

    /** One parameter as written, from either parameter syntax. */
    private record Param(Kind kind, ParserRuleContext ctx, Token marker, Token name,
                         ParserRuleContext annotation, TestContext dflt) {}

    private final ExprBuilder ex;
    private boolean lambda;

    ArgumentsBuilder(ExprBuilder ex) {
        this.ex = ex;
    }

    Arguments function(ParametersContext pc, Pos pos) {
        if (pc == null) {
            return Arguments.empty(pos);
        }
        List<Param> params = new ArrayList<>();
        for (ParamContext p : pc.param()) {
            ParserRuleContext annotation = null;
            TestContext dflt = null;
            List<TestContext> tests = p.test();
            if (p.COLON() != null) {
                // `*args: *Ts` (PEP 646) annotates with a starred expression.
                annotation = p.star_expr() != null ? p.star_expr() : tests.get(0);
            }
            if (p.ASSIGN() != null) {
                dflt = tests.get(tests.size() - 1);
            }
            params.add(param(p, p.DIV(), p.STAR(), p.POWER(), p.NAME(), annotation, dflt));
        }
        return build(params, pos);
    }

    Arguments lambda(Lambda_paramsContext lc, Pos pos) {
        lambda = true;
        if (lc == null) {
            return Arguments.empty(pos);
        }
        List<Param> params = new ArrayList<>();
        for (Lambda_paramContext p : lc.lambda_param()) {
            params.add(param(p, p.DIV(), p.STAR(), p.POWER(), p.NAME(), null, p.test()));
        }
        return build(params, pos);
    }

    private static Param param(ParserRuleContext p, TerminalNode div, TerminalNode star, TerminalNode power,
                               TerminalNode name, ParserRuleContext annotation, TestContext dflt) {
        Kind kind = div != null ? Kind.SLASH : star != null ? Kind.STAR : power != null ? Kind.DOUBLE_STAR : Kind.PLAIN;
        Token marker = div != null ? div.getSymbol() : star != null ? star.getSymbol()
                : power != null ? power.getSymbol() : null;
        return new Param(kind, p, marker, name == null ? null : name.getSymbol(), annotation, dflt);
    }

    private Arguments build(List<Param> params, Pos pos) {
        List<Arg> posonly = new ArrayList<>();
        List<Arg> args = new ArrayList<>();
        List<Arg> kwonly = new ArrayList<>();
        List<Expr> kwDefaults = new ArrayList<>();
        List<Expr> defaults = new ArrayList<>();
        Arg vararg = null;
        Arg kwarg = null;
        boolean slash = false;
        boolean star = false;
        boolean bareStar = false;
        for (int k = 0; k < params.size(); k++) {
            Param p = params.get(k);
            if (kwarg != null) {
                throw error("arguments cannot follow var-keyword argument", Spans.of(p.ctx()));
            }
            switch (p.kind()) {
                case SLASH -> {
                    Pos at = Spans.of(p.marker());
                    if (slash) {
                        throw error("/ may appear only once", at);
                    }
                    if (star) {
                        throw error("/ must be ahead of *", at);
                    }
                    if (args.isEmpty()) {
                        throw error("at least one argument must precede /", at);
                    }
                    posonly.addAll(args);
                    args.clear();
                    slash = true;
                }
                case STAR -> {
                    if (star) {
                        throw error("* argument may appear only once", Spans.of(p.marker()));
                    }
                    star = true;
                    if (p.name() == null) {
                        bareStar = true;
                        boolean named = k + 1 < params.size() && params.get(k + 1).kind() == Kind.PLAIN;
                        if (!named) {
                            throw bareStar(p.marker());
                        }
                    } else {
                        vararg = arg(p);
                    }
                }
                case DOUBLE_STAR -> kwarg = arg(p);
                case PLAIN -> {
                    Arg a = arg(p);
                    Expr d = p.dflt() == null ? null : ex.test(p.dflt());
                    if (star) {
                        kwonly.add(a);
                        kwDefaults.add(d);
                    } else {
                        args.add(a);
                        if (d != null) {
                            defaults.add(d);
                        } else if (!defaults.isEmpty()) {
                            throw error("non-default argument follows default argument", Spans.of(p.ctx()));
                        }
                    }
                }
            }
        }
        assert !bareStar || !kwonly.isEmpty();
        return new Arguments(posonly, args, vararg, kwonly, kwDefaults, kwarg, defaults, pos);
    }

    private Arg arg(Param p) {
        Expr annotation = p.annotation() == null ? null : ex.expr(p.annotation());
        Pos pos = annotation == null ? Spans.of(p.name()) : Spans.between(p.name(), annotation.pos());
        return new Arg(ExprBuilder.name(p.name()), annotation, pos);
    }

    /**
     * CPython reports a def's lone {@code *} on the star, but a lambda's on the token where it
     * noticed: the {@code :} or the one after the comma.
     */
    private RuntimeException bareStar(Token star) {
        String msg = "named arguments must follow bare *";
        if (!lambda) {
            return error(msg, Spans.of(star));
        }
        Token next = ex.session.tokenAfter(star);
        if (next.getType() == PyLexer.COMMA) {
            next = ex.session.tokenAfter(next);
        }
        return ex.session.errorAt(next, msg);
    }

    private RuntimeException error(String msg, Pos at) {
        return ex.session.error(msg, at);
    }
}
