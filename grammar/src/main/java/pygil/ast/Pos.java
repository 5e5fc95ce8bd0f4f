package pygil.ast;

/**
 * A source span: 1-based lines, 0-based columns (in code points), as CPython's AST reports them.
 * The end is exclusive. Tracebacks use {@link #line}; SyntaxError carets use the columns.
 */
public record Pos(int line, int col, int endLine, int endCol) {
    public static final Pos NONE = new Pos(0, 0, 0, 0);
}
