package pygil.parser;

import org.antlr.v4.runtime.CharStream;

/**
 * Scans the bodies of string and number literals for {@link PyLexerBase}, following the
 * corresponding parts of CPython's {@code tok_get}: which characters belong to the token and
 * which tokenizer error to raise. Decoding the value is left to {@link StringLiterals} and
 * {@link NumberLiterals}.
 */
final class LiteralScanner {

    private final PyLexerBase lx;

    LiteralScanner(PyLexerBase lexer) {
        this.lx = lexer;
    }

    // ---- strings ----

    /** Called with the prefix and the opening quote consumed. */
    void scanString() {
        String start = lx.getText();
        int quote = start.charAt(start.length() - 1);
        int quoteSize = 1;
        int endQuoteSize = 0;
        if (lx.peek(1) == quote) {
            if (lx.peek(2) == quote) {
                lx.advance();
                lx.advance();
                quoteSize = 3;
            } else {
                lx.advance();
                return; // the empty string
            }
        }
        while (endQuoteSize != quoteSize) {
            int c = lx.peek(1);
            if (c == CharStream.EOF || (quoteSize == 1 && (c == '\n' || c == '\r'))) {
                unterminated(quoteSize == 3, c);
            }
            lx.advance();
            if (c == quote) {
                endQuoteSize++;
            } else {
                endQuoteSize = 0;
                if (c == '\\') {
                    int next = lx.peek(1);
                    if (next != CharStream.EOF) {
                        lx.advance();
                        if (next == '\r' && lx.peek(1) == '\n') {
                            lx.advance();
                        }
                    }
                }
            }
        }
    }

    private void unterminated(boolean triple, int c) {
        int line = lx.tokenStartLine();
        int col = lx.tokenStartCol();
        int detected = c == CharStream.EOF ? lastContentLine() : lx.currentLine();
        String msg = triple ? "unterminated triple-quoted string literal (detected at line " + detected + ")"
                : "unterminated string literal (detected at line " + detected + ")";
        throw lx.error(msg, line, col, line, col);
    }

    /** The line of the last character of the file, which is where CPython notices EOF. */
    private int lastContentLine() {
        int line = lx.currentLine();
        if (lx.currentCol() == 0 && line > 1) {
            return line - 1;
        }
        return line;
    }

    // ---- numbers ----

    /** Called with the first digit, or a dot and a digit, consumed. */
    void scanNumber() {
        String start = lx.getText();
        if (start.charAt(0) == '.') {
            decimalTail(); // the first fraction digit is already consumed
            exponentAndSuffix();
            return;
        }
        if (start.charAt(0) == '0') {
            int c = lx.peek(1);
            if (c == 'x' || c == 'X') {
                lx.advance();
                radixDigits(16, "hexadecimal");
                return;
            }
            if (c == 'o' || c == 'O') {
                lx.advance();
                radixDigits(8, "octal");
                return;
            }
            if (c == 'b' || c == 'B') {
                lx.advance();
                radixDigits(2, "binary");
                return;
            }
            leadingZero();
            return;
        }
        decimalTail();
        afterInteger();
    }

    private void radixDigits(int radix, String kind) {
        int c;
        do {
            if (lx.peek(1) == '_') {
                lx.advance();
            }
            c = lx.peek(1);
            if (!isDigit(c, radix)) {
                if (radix < 10 && c >= '0' && c <= '9') {
                    lx.advance();
                    throw errorAtCursor("invalid digit '" + (char) c + "' in " + kind + " literal");
                }
                throw errorAtCursor("invalid " + kind + " literal");
            }
            while (isDigit(lx.peek(1), radix)) {
                lx.advance();
            }
        } while (lx.peek(1) == '_');
        c = lx.peek(1);
        if (radix < 10 && c >= '0' && c <= '9') {
            lx.advance();
            throw errorAtCursor("invalid digit '" + (char) c + "' in " + kind + " literal");
        }
        verifyEnd(kind);
    }

    /** After a literal starting with {@code 0} that is not hex, octal or binary. */
    private void leadingZero() {
        for (;;) {
            if (lx.peek(1) == '_') {
                lx.advance();
                if (!isDigit(lx.peek(1), 10)) {
                    throw errorAtCursor("invalid decimal literal");
                }
            }
            if (lx.peek(1) != '0') {
                break;
            }
            lx.advance();
        }
        int zerosEnd = lx.currentCol();
        boolean nonzero = false;
        if (isDigit(lx.peek(1), 10)) {
            nonzero = true;
            zerosEnd++;
            decimalTail();
        }
        int c = lx.peek(1);
        if (c == '.' || c == 'e' || c == 'E' || c == 'j' || c == 'J') {
            afterInteger();
            return;
        }
        if (nonzero) {
            int line = lx.tokenStartLine();
            throw lx.error("leading zeros in decimal integer literals are not permitted; "
                    + "use an 0o prefix for octal integers", line, lx.tokenStartCol(), line, zerosEnd - 1);
        }
        verifyEnd("decimal");
    }

    /** Digits with single underscores between them; the first digit is already consumed. */
    private void decimalTail() {
        for (;;) {
            while (isDigit(lx.peek(1), 10)) {
                lx.advance();
            }
            if (lx.peek(1) != '_') {
                return;
            }
            lx.advance();
            if (!isDigit(lx.peek(1), 10)) {
                throw errorAtCursor("invalid decimal literal");
            }
        }
    }

    private void afterInteger() {
        if (lx.peek(1) == '.') {
            lx.advance();
            fraction();
            return;
        }
        exponentAndSuffix();
    }

    /** After the dot: optional digits, then exponent and imaginary suffix. */
    private void fraction() {
        if (isDigit(lx.peek(1), 10)) {
            decimalTail();
        }
        exponentAndSuffix();
    }

    private void exponentAndSuffix() {
        int c = lx.peek(1);
        if (c == 'e' || c == 'E') {
            int sign = lx.peek(2);
            if (sign == '+' || sign == '-') {
                lx.advance();
                lx.advance();
                if (!isDigit(lx.peek(1), 10)) {
                    throw errorAtCursor("invalid decimal literal");
                }
            } else if (!isDigit(sign, 10)) {
                // `1e` followed by a non-digit: the literal ends before the `e` unless that
                // starts a name, which CPython rejects as "invalid decimal literal".
                verifyEnd("decimal");
                return;
            } else {
                lx.advance();
            }
            decimalTail();
            c = lx.peek(1);
        }
        if (c == 'j' || c == 'J') {
            lx.advance();
            verifyEnd("imaginary");
            return;
        }
        verifyEnd("decimal");
    }

    /**
     * CPython's {@code verify_end_of_number}: a literal directly followed by a letter is an error,
     * except before the keywords that may legally follow a number ({@code 1if x else y}).
     */
    private void verifyEnd(String kind) {
        int c = lx.peek(1);
        boolean keyword = switch (c) {
            case 'a' -> ahead("and");
            case 'e' -> ahead("else");
            case 'f' -> ahead("for");
            case 'i' -> lx.peek(2) == 'f' || lx.peek(2) == 'n' || lx.peek(2) == 's';
            case 'o' -> ahead("or");
            case 'n' -> ahead("not");
            default -> false;
        };
        if (keyword) {
            return;
        }
        if (isIdentifierChar(c)) {
            throw errorAtCursor("invalid " + kind + " literal");
        }
    }

    private boolean ahead(String word) {
        for (int i = 0; i < word.length(); i++) {
            if (lx.peek(i + 1) != word.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    /** CPython reports these errors with the caret on the last character read. */
    private RuntimeException errorAtCursor(String msg) {
        int line = lx.currentLine();
        int col = lx.currentCol() - 1;
        return lx.error(msg, line, col, line, col);
    }

    private static boolean isDigit(int c, int radix) {
        if (c >= '0' && c <= '9') {
            return c - '0' < radix;
        }
        if (radix == 16) {
            return (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
        }
        return false;
    }

    private static boolean isIdentifierChar(int c) {
        // ASCII only: CPython 3.11 leaves `1é` to the parser ("invalid syntax").
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || (c >= '0' && c <= '9');
    }
}
