package pygil.parser;

import java.util.ArrayDeque;

import org.antlr.v4.runtime.CharStream;
import org.antlr.v4.runtime.CommonToken;
import org.antlr.v4.runtime.Lexer;
import org.antlr.v4.runtime.Token;

import pygil.syntax.PySyntaxError;
import pygil.syntax.SourceText;

/**
 * The context-sensitive half of the tokenizer, mirroring CPython's {@code Parser/tokenizer.c}:
 * it turns leading whitespace into INDENT/DEDENT tokens (tabs to multiples of 8, with CPython's
 * second "tab = 1 column" measure to detect TabError), drops NEWLINE inside brackets and on
 * blank lines, checks bracket nesting, adds the final NEWLINE and DEDENTs at end of input, and
 * scans string and number literals with CPython's error messages.
 *
 * <p>Tokenizer errors are thrown as {@link PySyntaxError} at once. A bracket still open at end of
 * input is not an error here: CPython reports it from the parser, so it is only recorded.
 */
public abstract class PyLexerBase extends Lexer {

    private static final int TAB_SIZE = 8;
    private static final int MAX_INDENT = 100;
    private static final int MAX_PAREN = 200;

    private final ArrayDeque<Token> pending = new ArrayDeque<>();
    private final int[] indents = new int[MAX_INDENT];
    private final int[] altIndents = new int[MAX_INDENT];
    private int depth;
    /** Open brackets: the bracket character, its line and column. */
    private final int[] parenChar = new int[MAX_PAREN];
    private final int[] parenLine = new int[MAX_PAREN];
    private final int[] parenCol = new int[MAX_PAREN];
    private int parenDepth;
    private boolean atLineStart = true;
    private boolean blankLine;
    private int lastType = -1;
    private SourceText source;

    protected PyLexerBase(CharStream input) {
        super(input);
    }

    /** Gives the lexer the source lines so that its errors carry CPython's {@code text}. */
    public void setSource(SourceText source) {
        this.source = source;
    }

    /** Whether a bracket was still open at end of input (its details: {@link #unclosedParen()}). */
    public boolean hasUnclosedParen() {
        return parenDepth > 0;
    }

    /** The innermost bracket left open at end of input: {char, line, col}. */
    public int[] unclosedParen() {
        int i = parenDepth - 1;
        return new int[] {parenChar[i], parenLine[i], parenCol[i]};
    }

    /**
     * Starts lexing in the middle of a file (the parenthesised text of an f-string replacement
     * field), so that tokens carry their real positions.
     */
    public void startAt(int line, int col) {
        setLine(line);
        setCharPositionInLine(col);
        atLineStart = false;
    }

    @Override
    public Token nextToken() {
        while (pending.isEmpty()) {
            produce();
        }
        Token t = pending.poll();
        lastType = t.getType();
        return t;
    }

    private void produce() {
        if (atLineStart) {
            atLineStart = false;
            measureIndentation();
            if (!pending.isEmpty()) {
                return;
            }
        }
        Token t = super.nextToken();
        int type = t.getType();
        switch (type) {
            case PyLexer.NEWLINE -> {
                if (blankLine) {
                    blankLine = false;
                    atLineStart = true;
                } else if (parenDepth == 0) {
                    pending.add(t);
                    atLineStart = true;
                }
            }
            case Token.EOF -> endOfInput(t);
            case PyLexer.OPEN_PAREN, PyLexer.OPEN_BRACK, PyLexer.OPEN_BRACE -> {
                if (parenDepth == MAX_PAREN) {
                    throw error("too many nested parentheses", t.getLine(), t.getCharPositionInLine(),
                            t.getLine(), t.getCharPositionInLine());
                }
                parenChar[parenDepth] = t.getText().charAt(0);
                parenLine[parenDepth] = t.getLine();
                parenCol[parenDepth] = t.getCharPositionInLine();
                parenDepth++;
                pending.add(t);
            }
            case PyLexer.CLOSE_PAREN, PyLexer.CLOSE_BRACK, PyLexer.CLOSE_BRACE -> {
                closeBracket(t);
                pending.add(t);
            }
            default -> pending.add(t);
        }
    }

    private void closeBracket(Token t) {
        char close = t.getText().charAt(0);
        int line = t.getLine();
        int col = t.getCharPositionInLine();
        if (parenDepth == 0) {
            throw error("unmatched '" + close + "'", line, col, line, col);
        }
        int open = parenChar[parenDepth - 1];
        int expected = open == '(' ? ')' : open == '[' ? ']' : '}';
        if (close != expected) {
            String msg = "closing parenthesis '" + close + "' does not match opening parenthesis '"
                    + (char) open + "'";
            if (parenLine[parenDepth - 1] != line) {
                msg += " on line " + parenLine[parenDepth - 1];
            }
            throw error(msg, line, col, line, col);
        }
        parenDepth--;
    }

    /**
     * At the start of a logical line: compute the indentation (CPython's {@code col} with tabs to
     * multiples of 8 and {@code altcol} with tabs as 1) and queue INDENT or DEDENT tokens.
     * Lines holding only whitespace or a comment do not count.
     */
    private void measureIndentation() {
        CharStream in = _input;
        int col = 0;
        int alt = 0;
        int i = 1;
        for (;; i++) {
            int c = in.LA(i);
            if (c == ' ') {
                col++;
                alt++;
            } else if (c == '\t') {
                col = (col / TAB_SIZE + 1) * TAB_SIZE;
                alt++;
            } else if (c == '\f') {
                col = 0;
                alt = 0;
            } else {
                break;
            }
        }
        int c = in.LA(i);
        if (c == '#' || c == '\n' || c == '\r' || c == CharStream.EOF) {
            blankLine = c != CharStream.EOF;
            return;
        }
        int line = getLine();
        int tokCol = getCharPositionInLine() + i - 1;
        int index = in.index() + i - 1;
        if (col == indents[depth]) {
            if (alt != altIndents[depth]) {
                throw tabError(line);
            }
        } else if (col > indents[depth]) {
            if (depth + 1 >= MAX_INDENT) {
                throw error("too many levels of indentation", line, tokCol, line, tokCol);
            }
            if (alt <= altIndents[depth]) {
                throw tabError(line);
            }
            depth++;
            indents[depth] = col;
            altIndents[depth] = alt;
            pending.add(layoutToken(PyLexer.INDENT, index, line, tokCol));
        } else {
            while (depth > 0 && col < indents[depth]) {
                depth--;
                pending.add(layoutToken(PyLexer.DEDENT, index, line, tokCol));
            }
            if (col != indents[depth]) {
                String text = source == null ? null : source.line(line);
                int len = text == null ? tokCol : text.codePointCount(0, text.length());
                throw new PySyntaxError(PySyntaxError.INDENTATION_ERROR,
                        "unindent does not match any outer indentation level",
                        filename(), line, len + 1, line, -1, text);
            }
            if (alt != altIndents[depth]) {
                throw tabError(line);
            }
        }
    }

    private PySyntaxError tabError(int line) {
        return new PySyntaxError(PySyntaxError.TAB_ERROR,
                "inconsistent use of tabs and spaces in indentation", filename(), line, 1, line, 0,
                source == null ? null : source.line(line));
    }

    private Token layoutToken(int type, int index, int line, int col) {
        CommonToken t = new CommonToken(_tokenFactorySourcePair, type, Token.DEFAULT_CHANNEL, index, index - 1);
        t.setLine(line);
        t.setCharPositionInLine(col);
        t.setText("");
        return t;
    }

    private void endOfInput(Token eof) {
        int index = eof.getStartIndex();
        if (parenDepth == 0 && lastType != -1 && lastType != PyLexer.NEWLINE
                && lastType != PyLexer.INDENT && lastType != PyLexer.DEDENT) {
            // CPython adds the NEWLINE that ends the last logical line when the file lacks one.
            pending.add(layoutToken(PyLexer.NEWLINE, index, eof.getLine(), eof.getCharPositionInLine()));
        }
        if (parenDepth == 0) {
            while (depth > 0) {
                depth--;
                pending.add(layoutToken(PyLexer.DEDENT, index, eof.getLine(), eof.getCharPositionInLine()));
            }
        }
        pending.add(eof);
    }

    // ---- actions called from lexer rules ----

    /** Scans the body of a string literal whose prefix and opening quote were just matched. */
    protected void scanString() {
        new LiteralScanner(this).scanString();
    }

    /** Scans the rest of a number literal whose first character was just matched. */
    protected void scanNumber() {
        new LiteralScanner(this).scanNumber();
    }

    /** A backslash-newline must be followed by more input. */
    protected void lineJoin() {
        if (_input.LA(1) == CharStream.EOF) {
            int line = _tokenStartLine;
            throw error("unexpected EOF while parsing", line, _tokenStartCharPositionInLine + 1, line, -2);
        }
    }

    protected void backslashError() {
        int line = _tokenStartLine;
        int col = _tokenStartCharPositionInLine;
        if (_input.LA(1) == CharStream.EOF) {
            throw error("unexpected EOF while parsing", line, col + 1, line, -2);
        }
        throw error("unexpected character after line continuation character", line, col + 1, line, -1);
    }

    protected void invalidCharacter() {
        int c = getText().codePointAt(0);
        if (c < 128 && c >= 32 || c == 0) {
            return; // CPython hands ASCII punctuation like `$` to the parser: "invalid syntax".
        }
        invalidCharacter(c, _tokenStartLine, _tokenStartCharPositionInLine);
    }

    /**
     * A NAME with non-ASCII characters: each must be an identifier character (Java's Unicode
     * identifier classes, which differ from Python's XID sets only for a few compatibility
     * characters), else the error CPython's tokenizer gives at that character.
     */
    protected void checkName() {
        String text = getText();
        int offset = 0;
        for (int i = 0; i < text.length(); i += Character.charCount(text.codePointAt(i))) {
            int c = text.codePointAt(i);
            if (c >= 128) {
                boolean ok = i == 0 ? Character.isUnicodeIdentifierStart(c)
                                : Character.isUnicodeIdentifierPart(c) && !Character.isIdentifierIgnorable(c);
                if (!ok) {
                    invalidCharacter(c, _tokenStartLine, _tokenStartCharPositionInLine + offset);
                }
            }
            offset++; // columns count code points, as the lexer does
        }
    }

    private RuntimeException invalidCharacter(int c, int line, int col) {
        if (!isPrintable(c)) {
            throw error(String.format("invalid non-printable character U+%04X", c), line, col, line, col);
        }
        throw error(String.format("invalid character '%s' (U+%04X)", Character.toString(c), c),
                line, col, line, col);
    }

    private static boolean isPrintable(int c) {
        int type = Character.getType(c);
        return !(type == Character.CONTROL || type == Character.FORMAT || type == Character.SURROGATE
                || type == Character.PRIVATE_USE || type == Character.UNASSIGNED
                || type == Character.LINE_SEPARATOR || type == Character.PARAGRAPH_SEPARATOR
                || (type == Character.SPACE_SEPARATOR && c != ' '));
    }

    // ---- helpers shared with LiteralScanner ----

    String filename() {
        return source == null ? "<unknown>" : source.filename();
    }

    /** An error at 0-based columns; end columns follow {@link SourceText#error}. */
    PySyntaxError error(String msg, int line, int col, int endLine, int endCol) {
        String text = source == null ? null : source.line(line);
        return new PySyntaxError(PySyntaxError.SYNTAX_ERROR, msg, filename(), line, col + 1, endLine,
                endCol + 1, text);
    }

    int tokenStartLine() { return _tokenStartLine; }

    int tokenStartCol() { return _tokenStartCharPositionInLine; }

    int peek(int i) { return _input.LA(i); }

    void advance() { getInterpreter().consume(_input); }

    int currentLine() { return getLine(); }

    int currentCol() { return getCharPositionInLine(); }

    int lastSourceLine() {
        return source == null ? getLine() : Math.max(1, source.lineCount());
    }
}
