package pygil.parser;

import org.antlr.v4.runtime.Token;

import pygil.ast.Pos;

/** Where CPython puts the caret for an error on a given token. */
final class ErrorPlaces {

    private ErrorPlaces() {}

    static boolean isLayout(Token t) {
        int type = t.getType();
        return type == PyLexer.NEWLINE || type == PyLexer.INDENT || type == PyLexer.DEDENT || type == Token.EOF;
    }

    static Pos of(Token t) {
        if (isLayout(t)) {
            return new Pos(t.getLine(), t.getCharPositionInLine(), t.getLine(), t.getCharPositionInLine());
        }
        return Spans.of(t);
    }
}
