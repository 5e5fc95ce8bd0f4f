package pygil.parser;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;

import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.tree.ParseTree;
import org.antlr.v4.runtime.tree.TerminalNode;

import pygil.ast.BinOpKind;
import pygil.ast.CmpOp;
import pygil.ast.Ctx;
import pygil.ast.Expr;
import pygil.ast.Pos;
import pygil.ast.UnaryOpKind;
import pygil.parser.PyGrammar.*;

/**
 * Builds expression nodes from the parse tree: operators with their precedence levels, atoms and
 * trailers, as CPython's expression rules do (Python/Parser/python.gram, "EXPRESSIONS").
 * Displays, comprehensions, calls and subscripts are in {@link DisplayBuilder}.
 */
final class ExprBuilder {

    final ParseSession session;
    final DisplayBuilder displays;

    ExprBuilder(ParseSession session) {
        this.session = session;
        this.displays = new DisplayBuilder(this);
    }

    /** Any expression-level parse tree node. */
    Expr expr(ParseTree t) {
        return switch (t) {
            case TestContext c -> test(c);
            case Namedexpr_testContext c -> namedExpr(c);
            case Or_testContext c -> boolOp(c, false);
            case And_testContext c -> boolOp(c, true);
            case Not_testContext c -> notTest(c);
            case ComparisonContext c -> comparison(c);
            case Star_exprContext c -> starred(c);
            case ExprContext c -> binaryChain(c);
            case Xor_exprContext c -> binaryChain(c);
            case And_exprContext c -> binaryChain(c);
            case Shift_exprContext c -> binaryChain(c);
            case Arith_exprContext c -> binaryChain(c);
            case TermContext c -> binaryChain(c);
            case FactorContext c -> factor(c);
            case PowerContext c -> power(c);
            case Atom_exprContext c -> atomExpr(c);
            case AtomContext c -> atom(c);
            case Yield_exprContext c -> yieldExpr(c);
            case LambdefContext c -> lambda(c);
            case Testlist_star_exprContext c -> list(c, c.children);
            case TestlistContext c -> list(c, c.children);
            case ExprlistContext c -> list(c, c.children);
            default -> throw new IllegalStateException("not an expression: " + t.getClass().getSimpleName());
        };
    }

    Expr test(TestContext c) {
        if (c.lambdef() != null) {
            return lambda(c.lambdef());
        }
        List<Or_testContext> ors = c.or_test();
        if (ors.size() == 1) {
            return boolOp(ors.get(0), false);
        }
        return new Expr.IfExp(boolOp(ors.get(1), false), boolOp(ors.get(0), false), test(c.test()), Spans.of(c));
    }

    Expr namedExpr(Namedexpr_testContext c) {
        List<TestContext> tests = c.test();
        Expr target = test(tests.get(0));
        if (tests.size() == 1) {
            return target;
        }
        return walrus(target, test(tests.get(1)), Spans.of(c));
    }

    /** {@code target := value}; only a plain name may be the target. */
    Expr walrus(Expr target, Expr value, Pos pos) {
        if (!(target instanceof Expr.Name n)) {
            throw session.error("cannot use assignment expressions with " + ExprNames.of(target), target.pos());
        }
        return new Expr.NamedExpr(new Expr.Name(n.id(), Ctx.STORE, n.pos()), value, pos);
    }

    private Expr boolOp(ParserRuleContext c, boolean isAnd) {
        int n = c.getChildCount();
        if (n == 1) {
            return expr(c.getChild(0));
        }
        List<Expr> values = new ArrayList<>(n / 2 + 1);
        for (int k = 0; k < n; k += 2) {
            values.add(expr(c.getChild(k)));
        }
        return new Expr.BoolOp(isAnd, values, Spans.of(c));
    }

    private Expr notTest(Not_testContext c) {
        if (c.NOT() == null) {
            return comparison(c.comparison());
        }
        return new Expr.UnaryOp(UnaryOpKind.NOT, notTest(c.not_test()), Spans.of(c));
    }

    private Expr comparison(ComparisonContext c) {
        List<PyGrammar.ExprContext> operands = c.expr();
        Expr left = binaryChain(operands.get(0));
        if (operands.size() == 1) {
            return left;
        }
        List<CmpOp> ops = new ArrayList<>();
        List<Expr> comparators = new ArrayList<>();
        for (Comp_opContext op : c.comp_op()) {
            ops.add(cmpOp(op));
        }
        for (int k = 1; k < operands.size(); k++) {
            comparators.add(binaryChain(operands.get(k)));
        }
        return new Expr.Compare(left, ops, comparators, Spans.of(c));
    }

    private static CmpOp cmpOp(Comp_opContext op) {
        if (op.getChildCount() == 2) {
            return op.NOT() != null && op.IN() != null ? CmpOp.NOT_IN : CmpOp.IS_NOT;
        }
        return switch (op.start.getType()) {
            case PyLexer.LESS_THAN -> CmpOp.LT;
            case PyLexer.GREATER_THAN -> CmpOp.GT;
            case PyLexer.EQUALS -> CmpOp.EQ;
            case PyLexer.GT_EQ -> CmpOp.GT_E;
            case PyLexer.LT_EQ -> CmpOp.LT_E;
            case PyLexer.NOT_EQ -> CmpOp.NOT_EQ;
            case PyLexer.IN -> CmpOp.IN;
            default -> CmpOp.IS;
        };
    }

    Expr starred(Star_exprContext c) {
        return new Expr.Starred(binaryChain(c.expr()), Ctx.LOAD, Spans.of(c));
    }

    /** The left-associative binary operator levels, from {@code |} down to {@code *}. */
    private Expr binaryChain(ParserRuleContext c) {
        int n = c.getChildCount();
        Expr left = expr(c.getChild(0));
        for (int k = 1; k < n; k += 2) {
            Token op = ((TerminalNode) c.getChild(k)).getSymbol();
            ParserRuleContext rc = (ParserRuleContext) c.getChild(k + 1);
            Expr right = expr(rc);
            left = new Expr.BinOp(left, binOp(op.getType()), right, Spans.between(c.start, rc.stop));
        }
        return left;
    }

    static BinOpKind binOp(int tokenType) {
        return switch (tokenType) {
            case PyLexer.OR_OP, PyLexer.OR_ASSIGN -> BinOpKind.BITOR;
            case PyLexer.XOR, PyLexer.XOR_ASSIGN -> BinOpKind.BITXOR;
            case PyLexer.AND_OP, PyLexer.AND_ASSIGN -> BinOpKind.BITAND;
            case PyLexer.LEFT_SHIFT, PyLexer.LEFT_SHIFT_ASSIGN -> BinOpKind.LSHIFT;
            case PyLexer.RIGHT_SHIFT, PyLexer.RIGHT_SHIFT_ASSIGN -> BinOpKind.RSHIFT;
            case PyLexer.ADD, PyLexer.ADD_ASSIGN -> BinOpKind.ADD;
            case PyLexer.MINUS, PyLexer.SUB_ASSIGN -> BinOpKind.SUB;
            case PyLexer.STAR, PyLexer.MULT_ASSIGN -> BinOpKind.MUL;
            case PyLexer.AT, PyLexer.AT_ASSIGN -> BinOpKind.MATMUL;
            case PyLexer.DIV, PyLexer.DIV_ASSIGN -> BinOpKind.TRUEDIV;
            case PyLexer.MOD, PyLexer.MOD_ASSIGN -> BinOpKind.MOD;
            case PyLexer.IDIV, PyLexer.IDIV_ASSIGN -> BinOpKind.FLOORDIV;
            case PyLexer.POWER, PyLexer.POWER_ASSIGN -> BinOpKind.POW;
            default -> throw new IllegalStateException("not a binary operator: " + tokenType);
        };
    }

    private Expr factor(FactorContext c) {
        if (c.power() != null) {
            return power(c.power());
        }
        UnaryOpKind op = switch (c.start.getType()) {
            case PyLexer.ADD -> UnaryOpKind.POS;
            case PyLexer.MINUS -> UnaryOpKind.NEG;
            default -> UnaryOpKind.INVERT;
        };
        return new Expr.UnaryOp(op, factor(c.factor()), Spans.of(c));
    }

    private Expr power(PowerContext c) {
        Expr base = atomExpr(c.atom_expr());
        if (c.factor() == null) {
            return base;
        }
        return new Expr.BinOp(base, BinOpKind.POW, factor(c.factor()), Spans.of(c));
    }

    private Expr atomExpr(Atom_exprContext c) {
        Expr e = atom(c.atom());
        for (TrailerContext t : c.trailer()) {
            Pos pos = Spans.between(c.start, t.stop);
            switch (t.start.getType()) {
                case PyLexer.DOT -> e = new Expr.Attribute(e, name(t.NAME().getSymbol()), Ctx.LOAD, pos);
                case PyLexer.OPEN_PAREN -> e = displays.call(e, t, pos);
                default -> e = new Expr.Subscript(e, displays.subscripts(t.subscriptlist()), Ctx.LOAD, pos);
            }
        }
        return e;
    }

    private Expr atom(AtomContext c) {
        Token t = c.start;
        Pos pos = Spans.of(c);
        return switch (t.getType()) {
            case PyLexer.OPEN_PAREN -> displays.parenthesized(c, pos);
            case PyLexer.OPEN_BRACK -> displays.list(c.testlist_comp(), pos);
            case PyLexer.OPEN_BRACE -> displays.dictOrSet(c.dictorsetmaker(), pos);
            case PyLexer.NAME -> new Expr.Name(name(t), Ctx.LOAD, pos);
            case PyLexer.NUMBER -> number(t, pos);
            case PyLexer.STRING -> strings(c, pos);
            case PyLexer.ELLIPSIS -> new Expr.Constant(Expr.Ellipsis.VALUE, pos);
            case PyLexer.NONE -> new Expr.Constant(Expr.None.VALUE, pos);
            case PyLexer.TRUE -> new Expr.Constant(Boolean.TRUE, pos);
            default -> new Expr.Constant(Boolean.FALSE, pos);
        };
    }

    private Expr number(Token t, Pos pos) {
        Object value = NumberLiterals.parse(t.getText());
        if (value == null) {
            throw session.error("complex numbers are not supported", pos);
        }
        return new Expr.Constant(value, pos);
    }

    private Expr strings(AtomContext c, Pos pos) {
        List<TerminalNode> nodes = c.STRING();
        List<Token> tokens = new ArrayList<>(nodes.size());
        for (TerminalNode n : nodes) {
            tokens.add(n.getSymbol());
        }
        try {
            return StringConcat.build(tokens, pos, session::fstringExpression);
        } catch (StringLiterals.DecodeError e) {
            if (e.at != null) {
                throw session.errorAt(e.at, e.getMessage());
            }
            throw session.errorAfter(tokens.get(tokens.size() - 1), e.getMessage());
        }
    }

    /** Identifiers are NFKC-normalized, like CPython does for non-ASCII names. */
    static String name(Token t) {
        String s = t.getText();
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= 128) {
                return Normalizer.normalize(s, Normalizer.Form.NFKC);
            }
        }
        return s;
    }

    Expr yieldExpr(Yield_exprContext c) {
        Pos pos = Spans.of(c);
        if (c.FROM() != null) {
            return new Expr.YieldFrom(test(c.test()), pos);
        }
        Testlist_star_exprContext v = c.testlist_star_expr();
        return new Expr.Yield(v == null ? null : list(v, v.children), pos);
    }

    private Expr lambda(LambdefContext c) {
        Pos pos = Spans.of(c);
        var args = new ArgumentsBuilder(this).lambda(c.lambda_params(), pos);
        return new Expr.Lambda(args, test(c.test()), pos);
    }

    /**
     * A comma-separated list (testlist, exprlist, ...): one element without a trailing comma is
     * that element, otherwise a Tuple spanning the whole list including a trailing comma.
     */
    Expr list(ParserRuleContext c, List<ParseTree> children) {
        if (children.size() == 1) {
            return expr(children.get(0));
        }
        List<Expr> elts = new ArrayList<>(children.size() / 2 + 1);
        for (ParseTree t : children) {
            if (!(t instanceof TerminalNode)) {
                elts.add(expr(t));
            }
        }
        return new Expr.TupleExpr(elts, Ctx.LOAD, Spans.of(c));
    }

    /** A value that may not be a lone starred expression (assignment values, return, ...). */
    Expr value(ParseTree t) {
        Expr e = t instanceof Yield_exprContext y ? yieldExpr(y) : expr(t);
        if (e instanceof Expr.Starred) {
            throw session.error("can't use starred expression here", e.pos());
        }
        return e;
    }
}
