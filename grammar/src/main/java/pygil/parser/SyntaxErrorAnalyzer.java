package pygil.parser;

import java.util.function.Function;

import org.antlr.v4.runtime.BailErrorStrategy;
import org.antlr.v4.runtime.CommonTokenStream;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.RecognitionException;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.atn.PredictionMode;
import org.antlr.v4.runtime.misc.IntervalSet;
import org.antlr.v4.runtime.tree.ParseTree;

import pygil.ast.Pos;
import pygil.parser.PyGrammar.*;
import pygil.syntax.PySyntaxError;
import pygil.syntax.SourceText;

/**
 * Explains a failed parse with CPython 3.11's message. CPython's PEG parser re-parses a failing
 * file with extra "invalid_*" rules that recognise common mistakes; here the same mistakes are
 * recognised by looking at the tokens and the partial parse tree around the point where ANTLR
 * stopped. Anything not recognised is CPython's generic "invalid syntax" on that token.
 */
final class SyntaxErrorAnalyzer {

    private final SourceText src;
    private final CommonTokenStream tokens;
    private final PyLexer lexer;

    SyntaxErrorAnalyzer(SourceText src, CommonTokenStream tokens, PyLexer lexer) {
        this.src = src;
        this.tokens = tokens;
        this.lexer = lexer;
    }

    PySyntaxError explain(RecognitionException re, PyGrammar parser) {
        Token t = re != null && re.getOffendingToken() != null ? re.getOffendingToken() : parser.getCurrentToken();
        ParserRuleContext ctx = re != null && re.getCtx() instanceof ParserRuleContext c ? c : parser.getContext();
        IntervalSet expected = re != null && re.getOffendingState() >= 0 ? re.getExpectedTokens() : new IntervalSet();
        Token prev = previous(t);

        if (lexer.hasUnclosedParen()) {
            int[] open = lexer.unclosedParen();
            if (t.getType() == Token.EOF || t.getLine() > open[1]) {
                return src.syntaxError("'" + (char) open[0] + "' was never closed", open[1], open[2], open[1], -1);
            }
        }
        if (t.getType() == PyLexer.INDENT) {
            Token first = next(t);
            return src.error(PySyntaxError.INDENTATION_ERROR, "unexpected indent", first.getLine(),
                    first.getCharPositionInLine() - 1, first.getLine(), -2);
        }
        if (ctx instanceof BlockContext && prev != null && prev.getType() == PyLexer.NEWLINE) {
            String what = blockOwner(ctx.getParent());
            Token owner = ctx.getParent().start;
            return at(PySyntaxError.INDENTATION_ERROR, "expected an indented block after " + what + " on line "
                    + owner.getLine(), t);
        }
        PySyntaxError e = expectedColon(ctx, t, expected);
        if (e == null) {
            e = misc(ctx, t, prev);
        }
        if (e == null) {
            e = legacyPrint(t, prev);
        }
        if (e == null) {
            e = forgotComma(ctx, t, prev);
        }
        return e != null ? e : at(PySyntaxError.SYNTAX_ERROR, "invalid syntax", t);
    }

    /** CPython's name for the statement that owns a block, as used in its messages. */
    private static String blockOwner(ParserRuleContext owner) {
        return switch (owner) {
            case If_stmtContext c -> "'if' statement";
            case Elif_clauseContext c -> "'elif' statement";
            case Else_clauseContext c -> "'else' statement";
            case While_stmtContext c -> "'while' statement";
            case For_stmtContext c -> "'for' statement";
            case Try_stmtContext c -> "'try' statement";
            case Except_clauseContext c -> "'except' statement";
            case Finally_clauseContext c -> "'finally' statement";
            case With_stmtContext c -> "'with' statement";
            case FuncdefContext c -> "function definition";
            case ClassdefContext c -> "class definition";
            default -> "statement";
        };
    }

    /** The headers after which CPython insists on a colon. */
    private PySyntaxError expectedColon(ParserRuleContext ctx, Token t, IntervalSet expected) {
        if (!expected.contains(PyLexer.COLON) || t.getType() == PyLexer.COLON) {
            return null;
        }
        boolean forced = ctx instanceof FuncdefContext || ctx instanceof Else_clauseContext
                || ctx instanceof Finally_clauseContext || ctx instanceof Try_stmtContext;
        boolean atNewline = t.getType() == PyLexer.NEWLINE && (ctx instanceof If_stmtContext
                || ctx instanceof Elif_clauseContext || ctx instanceof While_stmtContext
                || ctx instanceof For_stmtContext || ctx instanceof With_stmtContext
                || ctx instanceof ClassdefContext || ctx instanceof Except_clauseContext);
        if (ctx instanceof Except_clauseContext ec && t.getType() == PyLexer.COMMA && ec.test() != null) {
            Pos from = Spans.of(ec.test());
            Token last = scanToLineEnd(t);
            return src.syntaxError("multiple exception types must be parenthesized", from.line(), from.col(),
                    Spans.endLine(last), Spans.endCol(last));
        }
        return forced || atNewline ? at(PySyntaxError.SYNTAX_ERROR, "expected ':'", t) : null;
    }

    private Token scanToLineEnd(Token t) {
        Token last = t;
        for (int i = t.getTokenIndex(); i < tokens.size(); i++) {
            Token x = tokens.get(i);
            if (x.getType() == PyLexer.COLON || x.getType() == PyLexer.NEWLINE || x.getType() == PyLexer.AS) {
                break;
            }
            last = x;
        }
        return last;
    }

    private PySyntaxError misc(ParserRuleContext ctx, Token t, Token prev) {
        if (ctx instanceof FuncdefContext f && f.NAME() != null && prev == f.NAME().getSymbol()
                && t.getType() != PyLexer.OPEN_PAREN) {
            return at(PySyntaxError.SYNTAX_ERROR, "expected '('", t);
        }
        if (ctx instanceof Try_stmtContext tc && tc.block() != null && tc.except_clause().isEmpty()
                && tc.finally_clause() == null) {
            return at(PySyntaxError.SYNTAX_ERROR, "expected 'except' or 'finally' block", t);
        }
        if (ctx instanceof TestContext tc && tc.IF() != null && tc.ELSE() == null
                && t.getType() != PyLexer.ELSE && t.getType() != PyLexer.COLON) {
            return src.syntaxError("expected 'else' after 'if' expression", tc.start.getLine(),
                    tc.start.getCharPositionInLine(), Spans.endLine(prev), Spans.endCol(prev));
        }
        if (t.getType() == PyLexer.ASSIGN && (ctx instanceof If_stmtContext || ctx instanceof Elif_clauseContext
                || ctx instanceof While_stmtContext)) {
            ParserRuleContext cond = (ParserRuleContext) ctx.getChild(1);
            return assignInCondition(cond, t);
        }
        if (prev != null && prev.getType() == PyLexer.ASSIGN) {
            PySyntaxError e = assignmentWithoutValue(ctx, prev);
            if (e != null) {
                return e;
            }
        }
        if (t.getType() == PyLexer.FOR && prev != null) {
            // f(x=1 for ...): a keyword argument where a generator was meant.
            ArgumentContext arg = lastArgument(ctx);
            if (arg != null && arg.ASSIGN() != null && arg.stop == prev) {
                return src.syntaxError("invalid syntax. Maybe you meant '==' or ':=' instead of '='?",
                        arg.start.getLine(), arg.start.getCharPositionInLine(),
                        arg.ASSIGN().getSymbol().getLine(), Spans.endCol(arg.ASSIGN().getSymbol()));
            }
        }
        return null;
    }

    /**
     * {@code f() =} with nothing after it: CPython still blames the target ("cannot assign to
     * function call"), or in a call, the would-be keyword ("expression cannot contain assignment").
     */
    private PySyntaxError assignmentWithoutValue(ParserRuleContext failed, Token assign) {
        ParserRuleContext ctx = failed;
        while (ctx != null && !(ctx instanceof Expr_stmtContext) && !(ctx instanceof ArgumentContext)) {
            ctx = ctx.getParent();
        }
        try {
            var ex = new ExprBuilder(new ParseSession(src, tokens, null));
            if (ctx instanceof Expr_stmtContext es) {
                for (Testlist_star_exprContext part : es.testlist_star_expr()) {
                    var bad = Targets.invalid(ex.expr(part), false);
                    if (bad != null) {
                        var p = bad.pos();
                        return src.syntaxError("cannot assign to " + ExprNames.of(bad), p.line(), p.col(),
                                p.endLine(), p.endCol());
                    }
                }
            }
            if (ctx instanceof ArgumentContext arg && arg.ASSIGN() != null) {
                TestContext target = arg.test(0);
                if (!(target.start == target.stop && target.start.getType() == PyLexer.NAME)) {
                    return src.syntaxError("expression cannot contain assignment, perhaps you meant \"==\"?",
                            target.start.getLine(), target.start.getCharPositionInLine(), assign.getLine(),
                            Spans.endCol(assign));
                }
            }
        } catch (RuntimeException ignored) {
            // an incomplete tree: fall back to the generic message
        }
        return null;
    }

    private static ArgumentContext lastArgument(ParserRuleContext ctx) {
        ParserRuleContext c = ctx;
        while (c != null && !(c instanceof ArglistContext) && !(c instanceof TrailerContext)) {
            c = c.getParent();
        }
        if (c instanceof TrailerContext tr) {
            c = tr.arglist();
        }
        if (c instanceof ArglistContext al && !al.argument().isEmpty()) {
            return al.argument(al.argument().size() - 1);
        }
        return null;
    }

    /** {@code if x = 1:}: CPython's invalid_named_expression. */
    private PySyntaxError assignInCondition(ParserRuleContext cond, Token assign) {
        ParserRuleContext value = parseFrom(assign.getTokenIndex() + 1, PyGrammar::expr);
        if (value == null) {
            return null;
        }
        Token after = next(value.stop);
        if (after.getType() == PyLexer.ASSIGN || after.getType() == PyLexer.WALRUS) {
            return null;
        }
        if (cond.start == cond.stop && cond.start.getType() == PyLexer.NAME) {
            return src.syntaxError("invalid syntax. Maybe you meant '==' or ':=' instead of '='?",
                    cond.start.getLine(), cond.start.getCharPositionInLine(),
                    Spans.endLine(value.stop), Spans.endCol(value.stop));
        }
        try {
            var ex = new ExprBuilder(new ParseSession(src, tokens, null));
            var e = ex.expr(cond);
            return src.syntaxError("cannot assign to " + ExprNames.of(e) + " here. Maybe you meant '==' instead of '='?",
                    e.pos().line(), e.pos().col(), e.pos().endLine(), e.pos().endCol());
        } catch (RuntimeException ignored) {
            return null;
        }
    }

    /** {@code print x}: CPython's invalid_legacy_expression. */
    private PySyntaxError legacyPrint(Token t, Token prev) {
        if (prev == null || prev.getType() != PyLexer.NAME || t.getType() == PyLexer.OPEN_PAREN) {
            return null;
        }
        String name = prev.getText();
        if (!name.equals("print") && !name.equals("exec")) {
            return null;
        }
        Token before = previous(prev);
        if (before != null && before.getType() == PyLexer.DOT) {
            return null;
        }
        ParserRuleContext b = parseFrom(t.getTokenIndex(), PyGrammar::testlist_star_expr);
        if (b == null) {
            return null;
        }
        return src.syntaxError("Missing parentheses in call to '" + name + "'. Did you mean " + name + "(...)?",
                prev.getLine(), prev.getCharPositionInLine(), Spans.endLine(b.stop), Spans.endCol(b.stop));
    }

    /** Two expressions side by side inside brackets: CPython's "Perhaps you forgot a comma?". */
    private PySyntaxError forgotComma(ParserRuleContext ctx, Token t, Token prev) {
        if (prev == null) {
            return null;
        }
        ParserRuleContext a = outermostEndingAt(ctx, prev);
        if (a == null) {
            return null;
        }
        Token aNext = next(a.start);
        if (a.start.getType() == PyLexer.NAME && aNext.getType() == PyLexer.STRING) {
            return null;
        }
        ParserRuleContext b = parseFrom(t.getTokenIndex(), PyGrammar::test);
        if (b == null || bracketLevel(b.stop) == 0) {
            return null;
        }
        return src.syntaxError("invalid syntax. Perhaps you forgot a comma?", a.start.getLine(),
                a.start.getCharPositionInLine(), Spans.endLine(b.stop), Spans.endCol(b.stop));
    }

    /** The widest completed or_test below {@code ctx} that ends with {@code last}. */
    private static ParserRuleContext outermostEndingAt(ParserRuleContext ctx, Token last) {
        ParserRuleContext best = null;
        for (int i = 0; i < ctx.getChildCount(); i++) {
            ParseTree child = ctx.getChild(i);
            if (child instanceof ParserRuleContext c && c.stop == last) {
                ParserRuleContext found = c instanceof Or_testContext ? c : outermostEndingAt(c, last);
                if (found != null && (best == null || found.start.getTokenIndex() < best.start.getTokenIndex())) {
                    best = found;
                }
            }
        }
        return best;
    }

    private int bracketLevel(Token upTo) {
        int level = 0;
        for (int i = 0; i <= upTo.getTokenIndex(); i++) {
            switch (tokens.get(i).getType()) {
                case PyLexer.OPEN_PAREN, PyLexer.OPEN_BRACK, PyLexer.OPEN_BRACE -> level++;
                case PyLexer.CLOSE_PAREN, PyLexer.CLOSE_BRACK, PyLexer.CLOSE_BRACE -> level--;
                default -> { }
            }
        }
        return level;
    }

    /** Parses one rule starting at token {@code index}; null if it does not parse. */
    private ParserRuleContext parseFrom(int index, Function<PyGrammar, ? extends ParserRuleContext> rule) {
        PyGrammar p = new PyGrammar(tokens);
        p.removeErrorListeners();
        p.setErrorHandler(new BailErrorStrategy());
        p.getInterpreter().setPredictionMode(PredictionMode.LL);
        tokens.seek(index);
        try {
            ParserRuleContext c = rule.apply(p);
            return c.stop != null && c.stop.getTokenIndex() >= index ? c : null;
        } catch (RuntimeException e) {
            return null;
        }
    }

    private PySyntaxError at(String kind, String msg, Token t) {
        if (t.getType() == Token.EOF || (t.getType() == PyLexer.DEDENT && isAtEnd(t))) {
            // At end of input CPython's tokens sit on the last line with no column.
            int line = Math.max(1, src.lineCount());
            return src.error(kind, msg, line, -1, line, -2);
        }
        Pos p = ErrorPlaces.of(t);
        return src.error(kind, msg, p.line(), p.col(), p.endLine(), p.endCol());
    }

    private boolean isAtEnd(Token t) {
        for (int i = t.getTokenIndex(); i < tokens.size(); i++) {
            int type = tokens.get(i).getType();
            if (type != PyLexer.DEDENT && type != Token.EOF) {
                return false;
            }
        }
        return true;
    }

    private Token previous(Token t) {
        int i = t.getTokenIndex() - 1;
        return i >= 0 ? tokens.get(i) : null;
    }

    private Token next(Token t) {
        int i = t.getTokenIndex() + 1;
        return i < tokens.size() ? tokens.get(i) : t;
    }
}
