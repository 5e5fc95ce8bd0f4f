package pygil.parser;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.antlr.v4.runtime.BailErrorStrategy;
import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.CommonToken;
import org.antlr.v4.runtime.CommonTokenStream;
import org.antlr.v4.runtime.ListTokenSource;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.RecognitionException;
import org.antlr.v4.runtime.atn.PredictionMode;
import org.antlr.v4.runtime.misc.ParseCancellationException;

import pygil.ast.Expr;
import pygil.ast.Module;
import pygil.parser.PyGrammar.Eval_inputContext;
import pygil.parser.PyGrammar.File_inputContext;
import pygil.parser.PyGrammar.Fstring_inputContext;
import pygil.scope.ScopeAnalyzer;
import pygil.syntax.PySyntaxError;
import pygil.syntax.SourceText;

/**
 * Runs the pipeline for one source: tokenize everything first (so that, as in CPython, a
 * tokenizer error anywhere wins over a parser error), parse with ANTLR's fast SLL prediction and
 * fall back to full LL only when SLL fails, then build the AST and apply the checks that CPython
 * makes in its symbol table and compiler, so that every compile-time error comes from parsing.
 */
final class ParserDriver {

    private final SourceText src;

    ParserDriver(SourceText src) {
        this.src = src;
    }

    Module module(String source) {
        PyLexer lexer = lexer(source, 1, 0);
        CommonTokenStream tokens = new CommonTokenStream(lexer);
        try {
            tokens.fill();
        } catch (PySyntaxError tokenizerError) {
            throw earlierParseError(tokens, lexer, tokenizerError);
        }
        File_inputContext tree = parse(tokens, lexer, PyGrammar::file_input);
        Module m = new AstBuilder(new ParseSession(src, tokens, this)).module(tree);
        // CPython's order: future statements, then the symbol table, then the compiler.
        int futureLine = FutureChecker.check(m, src);
        ScopeAnalyzer.analyze(m, source, src.filename());
        new ContextValidator(src, futureLine).check(m);
        return m;
    }

    Expr expression(String source) {
        PyLexer lexer = lexer(source, 1, 0);
        CommonTokenStream tokens = new CommonTokenStream(lexer);
        tokens.fill();
        Eval_inputContext tree = parse(tokens, lexer, PyGrammar::eval_input);
        ExprBuilder ex = new ExprBuilder(new ParseSession(src, tokens, this));
        Expr e = ex.expr(tree.testlist());
        new ContextValidator(src, 0).checkExpression(e);
        return e;
    }

    /**
     * CPython tokenizes lazily, so a parse error before a tokenizer error can win: always for
     * "unexpected indent", and for any parse error when the tokenizer error is one CPython only
     * notices when the parser reaches it (bad dedent, TabError). Here the tokens read before the
     * tokenizer error are parsed to find out.
     */
    private PySyntaxError earlierParseError(CommonTokenStream tokens, PyLexer lexer, PySyntaxError tokenizerError) {
        List<Token> prefix = new ArrayList<>(tokens.getTokens());
        CommonToken end = new CommonToken(Token.EOF, "");
        end.setLine(tokenizerError.line());
        end.setCharPositionInLine(Math.max(0, tokenizerError.offset() - 1));
        prefix.add(end);
        CommonTokenStream partial = new CommonTokenStream(new ListTokenSource(prefix));
        partial.fill();
        PyGrammar parser = new PyGrammar(partial);
        parser.removeErrorListeners();
        parser.setErrorHandler(new BailErrorStrategy());
        try {
            parser.file_input();
            return tokenizerError;
        } catch (ParseCancellationException e) {
            RecognitionException re = e.getCause() instanceof RecognitionException r ? r : null;
            Token at = re != null ? re.getOffendingToken() : parser.getCurrentToken();
            if (at == null || at.getType() == Token.EOF) {
                return tokenizerError;
            }
            boolean noticedLate = tokenizerError.kind().equals(PySyntaxError.TAB_ERROR)
                    || tokenizerError.kind().equals(PySyntaxError.INDENTATION_ERROR);
            if (at.getType() == PyLexer.INDENT || noticedLate) {
                return new SyntaxErrorAnalyzer(src, partial, lexer).explain(re, parser);
            }
            return tokenizerError;
        }
    }

    /**
     * The expression of an f-string replacement field, found at a real line and column. Like
     * CPython 3.11 it is parsed as {@code (text)}; errors are reported relative to that text.
     */
    Expr fstringExpression(String text, int line, int col) {
        String wrapped = "(" + text + ")";
        try {
            PyLexer lexer = lexer(wrapped, line, col - 1);
            CommonTokenStream tokens = new CommonTokenStream(lexer);
            tokens.fill();
            Fstring_inputContext tree = parse(tokens, lexer, PyGrammar::fstring_input);
            ExprBuilder ex = new ExprBuilder(new ParseSession(src, tokens, this));
            return ex.value(tree.testlist_star_expr());
        } catch (PySyntaxError e) {
            throw relocate(e, wrapped, line, col - 1);
        }
    }

    private static PySyntaxError relocate(PySyntaxError e, String wrapped, int line, int base) {
        String[] lines = wrapped.split("\r\n|\r|\n", -1);
        int rel = e.line() - line;
        String text = rel >= 0 && rel < lines.length ? lines[rel] : null;
        int offset = rel == 0 ? e.offset() - base : e.offset();
        int endOffset = e.endLine() == line && e.endOffset() > 0 ? e.endOffset() - base : e.endOffset();
        String msg = e.msg().startsWith("f-string") ? e.msg() : "f-string: " + e.msg();
        return new PySyntaxError(e.kind(), msg, e.filename(), e.line(), offset, e.endLine(), endOffset, text);
    }

    private PyLexer lexer(String source, int line, int col) {
        PyLexer lexer = new PyLexer(CharStreams.fromString(source, src.filename()));
        lexer.removeErrorListeners();
        lexer.setSource(src);
        if (line != 1 || col != 0) {
            lexer.startAt(line, col);
        }
        return lexer;
    }

    private <T extends ParserRuleContext> T parse(CommonTokenStream tokens, PyLexer lexer,
                                                  Function<PyGrammar, T> rule) {
        PyGrammar parser = new PyGrammar(tokens);
        parser.removeErrorListeners();
        parser.setErrorHandler(new BailErrorStrategy());
        parser.getInterpreter().setPredictionMode(PredictionMode.SLL);
        try {
            return rule.apply(parser);
        } catch (ParseCancellationException sllFailed) {
            // SLL can fail on input that full LL accepts; only LL's verdict counts.
            tokens.seek(0);
            parser.reset();
            parser.getInterpreter().setPredictionMode(PredictionMode.LL);
            try {
                return rule.apply(parser);
            } catch (ParseCancellationException e) {
                RecognitionException re = e.getCause() instanceof RecognitionException r ? r : null;
                throw new SyntaxErrorAnalyzer(src, tokens, lexer).explain(re, parser);
            }
        }
    }
}
