package pygil.parser;

import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;

import pygil.ast.Node;
import pygil.ast.Pos;

/**
 * Source spans of tokens and parse-tree nodes in CPython's convention: 1-based lines, 0-based
 * columns, exclusive end. Columns are code points because the lexer reads a code-point stream.
 */
final class Spans {

    private Spans() {}

    static Pos of(Token t) {
        return new Pos(t.getLine(), t.getCharPositionInLine(), endLine(t), endCol(t));
    }

    static Pos of(ParserRuleContext c) {
        return between(c.start, c.stop);
    }

    static Pos between(Token first, Token last) {
        return new Pos(first.getLine(), first.getCharPositionInLine(), endLine(last), endCol(last));
    }

    static Pos between(Token first, Pos last) {
        return new Pos(first.getLine(), first.getCharPositionInLine(), last.endLine(), last.endCol());
    }

    static Pos between(Pos first, Pos last) {
        return new Pos(first.line(), first.col(), last.endLine(), last.endCol());
    }

    static Pos between(Node first, Node last) {
        return between(first.pos(), last.pos());
    }

    static int endLine(Token t) {
        String s = t.getText();
        if (s == null || (s.indexOf('\n') < 0 && s.indexOf('\r') < 0)) {
            return t.getLine();
        }
        int line = t.getLine();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\n' || (c == '\r' && (i + 1 == s.length() || s.charAt(i + 1) != '\n'))) {
                line++;
            }
        }
        return line;
    }

    static int endCol(Token t) {
        String s = t.getText();
        if (s == null) {
            return t.getCharPositionInLine();
        }
        int lastBreak = Math.max(s.lastIndexOf('\n'), s.lastIndexOf('\r'));
        if (lastBreak < 0) {
            return t.getCharPositionInLine() + s.codePointCount(0, s.length());
        }
        return s.codePointCount(lastBreak + 1, s.length());
    }
}
