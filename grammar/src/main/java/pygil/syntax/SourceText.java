package pygil.syntax;

import java.util.ArrayList;
import java.util.List;

/**
 * A source file split into lines, used to attach the offending line ({@code SyntaxError.text})
 * to errors and to turn 0-based token columns into CPython's 1-based offsets.
 */
public final class SourceText {

    private final String filename;
    private final List<String> lines = new ArrayList<>();

    public SourceText(String source, String filename) {
        this.filename = filename;
        int start = 0;
        int n = source.length();
        for (int i = 0; i < n; i++) {
            char c = source.charAt(i);
            if (c == '\n' || c == '\r') {
                lines.add(source.substring(start, i));
                if (c == '\r' && i + 1 < n && source.charAt(i + 1) == '\n') {
                    i++;
                }
                start = i + 1;
            }
        }
        if (start < n) {
            lines.add(source.substring(start));
        }
    }

    public String filename() { return filename; }

    /** The 1-based line's text without its line break, or null past the end. */
    public String line(int line) {
        return line >= 1 && line <= lines.size() ? lines.get(line - 1) : null;
    }

    public int lineCount() { return lines.size(); }

    /**
     * An error spanning 0-based columns {@code col .. endCol}; pass a negative {@code endCol} to
     * have CPython's "no range" value reported as is (it is added 1 to like the start).
     */
    public PySyntaxError error(String kind, String msg, int line, int col, int endLine, int endCol) {
        return new PySyntaxError(kind, msg, filename, line, col + 1, endLine, endCol + 1, line(line));
    }

    public PySyntaxError syntaxError(String msg, int line, int col, int endLine, int endCol) {
        return error(PySyntaxError.SYNTAX_ERROR, msg, line, col, endLine, endCol);
    }
}
