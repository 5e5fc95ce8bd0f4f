package pygil.parser;

import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.TokenStream;

import pygil.ast.Expr;
import pygil.ast.Pos;
import pygil.syntax.PySyntaxError;
import pygil.syntax.SourceText;

/**
 * What the AST builders share while turning one token stream into nodes: the source (for error
 * text), the tokens (to place errors the way CPython does, on the token after a construct), the
 * target checker, and the way back into the parser for f-string replacement fields.
 */
final class ParseSession {

    final SourceText src;
    final Targets targets;
    private final TokenStream tokens;
    private final ParserDriver driver;

    ParseSession(SourceText src, TokenStream tokens, ParserDriver driver) {
        this.src = src;
        this.tokens = tokens;
        this.driver = driver;
        this.targets = new Targets(src);
    }

    PySyntaxError error(String msg, Pos p) {
        return src.syntaxError(msg, p.line(), p.col(), p.endLine(), p.endCol());
    }

    /** An error on token {@code t}; layout tokens have no width, as in CPython. */
    PySyntaxError errorAt(Token t, String msg) {
        return error(msg, ErrorPlaces.of(t));
    }

    /** An error on the token after {@code t}: where CPython's parser stood when it noticed. */
    PySyntaxError errorAfter(Token t, String msg) {
        return errorAt(tokenAfter(t), msg);
    }

    /** The nearest token at or before {@code t} that is not NEWLINE, INDENT or DEDENT. */
    Token lastRealToken(Token t) {
        int i = t.getTokenIndex();
        while (i > 0 && ErrorPlaces.isLayout(tokens.get(i))) {
            i--;
        }
        return tokens.get(i);
    }

    Token tokenAfter(Token t) {
        int i = t.getTokenIndex() + 1;
        return i < tokens.size() ? tokens.get(i) : t;
    }

    Expr fstringExpression(String text, int line, int col) {
        return driver.fstringExpression(text, line, col);
    }
}
