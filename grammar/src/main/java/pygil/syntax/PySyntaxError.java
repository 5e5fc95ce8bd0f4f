package pygil.syntax;

/**
 * A compile-time error in Python source: CPython's {@code SyntaxError} and its subclasses
 * {@code IndentationError} and {@code TabError}. The fields mirror the attributes of CPython's
 * exception object ({@code msg}, {@code filename}, {@code lineno}, {@code offset},
 * {@code end_lineno}, {@code end_offset}, {@code text}); offsets are 1-based columns counted in
 * code points, as CPython 3.11 reports them.
 */
public final class PySyntaxError extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public static final String SYNTAX_ERROR = "SyntaxError";
    public static final String INDENTATION_ERROR = "IndentationError";
    public static final String TAB_ERROR = "TabError";

    private final String kind;
    private final String msg;
    private final String filename;
    private final int line;
    private final int offset;
    private final int endLine;
    private final int endOffset;
    private final String text;

    public PySyntaxError(String kind, String msg, String filename, int line, int offset,
                         int endLine, int endOffset, String text) {
        super(msg, null, false, false);
        this.kind = kind;
        this.msg = msg;
        this.filename = filename;
        this.line = line;
        this.offset = offset;
        this.endLine = endLine;
        this.endOffset = endOffset;
        this.text = text;
    }

    /** "SyntaxError", "IndentationError" or "TabError": the Python exception class to raise. */
    public String kind() { return kind; }

    public String msg() { return msg; }

    public String filename() { return filename; }

    /** 1-based line of the error. */
    public int line() { return line; }

    /** 1-based column where the caret starts (0 or less: no caret). */
    public int offset() { return offset; }

    public int endLine() { return endLine; }

    /** 1-based column just past the highlighted range; 0 or -1 when CPython gives no range. */
    public int endOffset() { return endOffset; }

    /** The source line the error is on, without its line break, or null if unknown. */
    public String text() { return text; }

    @Override
    public String getMessage() {
        return kind + ": " + msg + " (" + filename + ", line " + line + ")";
    }

    /** Exactly what CPython 3.11 prints on stderr when this error ends the program. */
    public String format() {
        return SyntaxErrorFormat.format(this);
    }
}
