package pygil.parser;

import java.util.ArrayList;
import java.util.List;

import pygil.ast.Expr;
import pygil.ast.Pos;
import pygil.parser.StringLiterals.DecodeError;
import pygil.parser.StringLiterals.Piece;

/**
 * Splits the body of one f-string into literal text and replacement fields following CPython
 * 3.11's {@code fstring_find_literal} and {@code fstring_find_expr}: {@code {{}/{@code }}}
 * escapes, {@code !conversion}, {@code :spec} with nested fields one level deep, and the
 * self-documenting {@code {expr=}} form. The expression text of each field is handed to an
 * {@link ExprCompiler}, which parses it as {@code (text)} the way CPython does.
 */
final class FStringParser {

    /** Parses the source text of a replacement field found at the given real position. */
    interface ExprCompiler {
        Expr compile(String text, int line, int col);
    }

    /** Literal text waiting to become a Constant, and the values produced so far. */
    static final class Parts {
        final StringBuilder literal = new StringBuilder();
        final List<Expr> values = new ArrayList<>();
        final Pos pos;

        Parts(Pos pos) {
            this.pos = pos;
        }

        void flush() {
            if (!literal.isEmpty()) {
                values.add(new Expr.Constant(literal.toString(), pos));
                literal.setLength(0);
            }
        }

        void add(Expr value) {
            flush();
            values.add(value);
        }
    }

    private static final int MAX_NESTING = 200;

    private final Piece piece;
    private final String s;
    private final int n;
    private final ExprCompiler compiler;
    private int i;

    FStringParser(Piece piece, ExprCompiler compiler) {
        this.piece = piece;
        this.s = piece.body();
        this.n = s.length();
        this.compiler = compiler;
    }

    void parse(Parts out) {
        parseInto(out, 0);
    }

    private void parseInto(Parts out, int level) {
        while (i < n) {
            literal(out, level);
            if (i >= n || s.charAt(i) == '}') {
                return; // end of the string, or of a format spec
            }
            if (level >= 2) {
                throw new DecodeError("f-string: expressions nested too deeply");
            }
            field(out, level);
        }
    }

    /** Scans literal text up to a lone brace, adding its decoded value to {@code out}. */
    private void literal(Parts out, int level) {
        int start = i;
        boolean raw = piece.raw();
        while (i < n) {
            char ch = s.charAt(i++);
            if (!raw && ch == '\\' && i < n) {
                ch = s.charAt(i++);
                if (ch == 'N') {
                    // `\N{NAME}`: those braces are not a replacement field.
                    if (i < n && s.charAt(i++) == '{') {
                        while (i < n && s.charAt(i++) != '}') {
                            // skip the name
                        }
                    }
                    continue;
                }
            }
            if (ch == '{' || ch == '}') {
                if (level == 0) {
                    if (i < n && s.charAt(i) == ch) {
                        out.literal.append(StringLiterals.decodeStr(s.substring(start, i), raw));
                        i++;
                        start = i;
                        continue;
                    }
                    if (ch == '}') {
                        throw new DecodeError("f-string: single '}' is not allowed");
                    }
                }
                i--;
                break;
            }
        }
        if (i > start) {
            out.literal.append(StringLiterals.decodeStr(s.substring(start, i), raw));
        }
    }

    /** A replacement field; {@code i} is at its opening brace. */
    private void field(Parts out, int level) {
        i++;
        int exprStart = i;
        char quote = 0;
        int quoteSize = 0;
        char[] stack = new char[MAX_NESTING];
        int depth = 0;
        while (i < n) {
            char ch = s.charAt(i);
            if (ch == '\\') {
                throw new DecodeError("f-string expression part cannot include a backslash");
            }
            if (quote != 0) {
                if (ch == quote) {
                    if (quoteSize == 3) {
                        if (i + 2 < n && s.charAt(i + 1) == ch && s.charAt(i + 2) == ch) {
                            i += 3;
                            quote = 0;
                            continue;
                        }
                    } else {
                        quote = 0;
                    }
                }
                i++;
                continue;
            }
            if (ch == '\'' || ch == '"') {
                quoteSize = i + 2 < n && s.charAt(i + 1) == ch && s.charAt(i + 2) == ch ? 3 : 1;
                quote = ch;
                i += quoteSize;
                continue;
            }
            if (ch == '[' || ch == '{' || ch == '(') {
                if (depth >= MAX_NESTING) {
                    throw new DecodeError("f-string: too many nested parenthesis");
                }
                stack[depth++] = ch;
                i++;
                continue;
            }
            if (ch == '#') {
                throw new DecodeError("f-string expression part cannot include '#'");
            }
            if (depth == 0 && "!:}=<>".indexOf(ch) >= 0) {
                char next = i + 1 < n ? s.charAt(i + 1) : 0;
                if (next == '=' && (ch == '!' || ch == '=' || ch == '<' || ch == '>')) {
                    i += 2;
                    continue;
                }
                if (ch == '<' || ch == '>') {
                    i++;
                    continue;
                }
                break;
            }
            if (ch == ']' || ch == '}' || ch == ')') {
                if (depth == 0) {
                    throw new DecodeError("f-string: unmatched '" + ch + "'");
                }
                char open = stack[--depth];
                if (!(open == '(' && ch == ')' || open == '[' && ch == ']' || open == '{' && ch == '}')) {
                    throw new DecodeError("f-string: closing parenthesis '" + ch
                            + "' does not match opening parenthesis '" + open + "'");
                }
            }
            i++;
        }
        if (quote != 0) {
            throw new DecodeError("f-string: unterminated string");
        }
        if (depth > 0) {
            throw new DecodeError("f-string: unmatched '" + stack[depth - 1] + "'");
        }
        if (i >= n) {
            throw new DecodeError("f-string: expecting '}'");
        }
        String text = s.substring(exprStart, i);
        if (text.isBlank()) {
            throw new DecodeError("f-string: empty expression not allowed");
        }
        int[] at = position(exprStart);
        Expr value = compiler.compile(text, at[0], at[1]);

        String selfDoc = null;
        if (s.charAt(i) == '=') {
            i++;
            while (i < n && " \t\n\r\f\u000b".indexOf(s.charAt(i)) >= 0) {
                i++;
            }
            if (i >= n) {
                throw new DecodeError("f-string: expecting '}'");
            }
            selfDoc = s.substring(exprStart, i);
        }
        int conversion = -1;
        if (s.charAt(i) == '!') {
            i++;
            if (i >= n) {
                throw new DecodeError("f-string: expecting '}'");
            }
            conversion = s.charAt(i++);
            if (conversion != 's' && conversion != 'r' && conversion != 'a') {
                throw new DecodeError("f-string: invalid conversion character: expected 's', 'r', or 'a'");
            }
        }
        Expr spec = null;
        if (i < n && s.charAt(i) == ':') {
            i++;
            if (i >= n) {
                throw new DecodeError("f-string: expecting '}'");
            }
            // CPython gives a format spec the span of its own token, not of the whole concatenation.
            Pos tokenPos = Spans.of(piece.token());
            Parts specParts = new Parts(tokenPos);
            parseInto(specParts, level + 1);
            specParts.flush();
            spec = new Expr.JoinedStr(specParts.values, tokenPos);
        }
        if (i >= n || s.charAt(i) != '}') {
            throw new DecodeError("f-string: expecting '}'");
        }
        i++;
        if (selfDoc != null && spec == null && conversion == -1) {
            conversion = 'r';
        }
        if (selfDoc != null) {
            out.literal.append(selfDoc);
        }
        out.add(new Expr.FormattedValue(value, conversion, spec, out.pos));
    }

    /** The real line and column of body index {@code index}. */
    private int[] position(int index) {
        int line = piece.bodyLine();
        int col = piece.bodyCol();
        for (int k = 0; k < index; k++) {
            char c = s.charAt(k);
            if (c == '\n' || (c == '\r' && (k + 1 >= n || s.charAt(k + 1) != '\n'))) {
                line++;
                col = 0;
            } else if (c != '\r' && !Character.isLowSurrogate(c)) {
                col++;
            }
        }
        return new int[] {line, col};
    }
}
