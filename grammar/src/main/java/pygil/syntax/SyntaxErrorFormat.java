package pygil.syntax;

/**
 * Renders a {@link PySyntaxError} the way CPython 3.11's {@code print_error_text} does for an
 * uncaught error ({@code print_exception} and {@code print_error_text}): the file and line header, the source line with its indentation stripped, and a
 * run of carets covering {@code offset .. endOffset} shifted left by the stripped amount.
 */
final class SyntaxErrorFormat {

    private SyntaxErrorFormat() {}

    static String format(PySyntaxError e) {
        StringBuilder sb = new StringBuilder();
        sb.append("  File \"").append(e.filename()).append("\", line ").append(e.line()).append('\n');
        if (e.text() != null) {
            // CPython's print_exception: only a plain SyntaxError shows a range; a range that
            // runs onto later lines is cut at the end of the first one.
            String text = e.text() + "\n";
            int lineSize = text.codePointCount(0, text.length());
            int endLine = e.endLine();
            int endOffset = e.endOffset();
            if (!e.kind().equals(PySyntaxError.SYNTAX_ERROR)) {
                endLine = e.line();
                endOffset = -1;
            }
            if (endLine > e.line()) {
                endOffset = lineSize;
            }
            if (endOffset > lineSize + 1) {
                endOffset = lineSize + 1;
            }
            appendText(sb, text, e.offset(), endOffset);
        }
        sb.append(e.kind()).append(": ").append(e.msg()).append('\n');
        return sb.toString();
    }

    private static void appendText(StringBuilder sb, String text, int offset, int endOffset) {
        // Counted in code points like CPython's offsets, so work on an int array.
        int[] cps = text.codePoints().toArray();
        int carets = (endOffset > 0 && endOffset > offset) ? endOffset - offset : 1;
        int off = offset - 1;
        int start = 0;
        while (start < cps.length && (cps[start] == ' ' || cps[start] == '\t' || cps[start] == '\f')) {
            start++;
            off--;
        }
        int len = cps.length - start;
        if (len > 0 && cps[cps.length - 1] == '\n') {
            len--;
        }
        if (off > len) {
            off = len;
        }
        // Multi-line text (rare): print only the line the offset falls on.
        for (;;) {
            int nl = -1;
            for (int i = start; i < start + len; i++) {
                if (cps[i] == '\n') {
                    nl = i - start;
                    break;
                }
            }
            if (nl < 0 || nl >= off) {
                break;
            }
            start += nl + 1;
            len -= nl + 1;
            off -= nl + 1;
        }
        sb.append("    ").append(new String(cps, start, cps.length - start));
        if (!(start + len < cps.length && cps[start + len] == '\n')) {
            sb.append('\n');
        }
        if (off < 0) {
            return;
        }
        sb.append("    ");
        sb.append(" ".repeat(off));
        sb.append("^".repeat(carets));
        sb.append('\n');
    }
}
