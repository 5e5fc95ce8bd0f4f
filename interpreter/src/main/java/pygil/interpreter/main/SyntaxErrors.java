package pygil.interpreter.main;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

import pygil.runtime.error.ExceptionTypes;
import pygil.runtime.error.PyBaseException;
import pygil.runtime.error.PyErrors;
import pygil.runtime.error.PyException;
import pygil.runtime.object.PNone;
import pygil.runtime.object.PyTuple;
import pygil.runtime.object.PyType;
import pygil.syntax.PySyntaxError;

/**
 * Turns the parser's {@link PySyntaxError} into a Python {@code SyntaxError} (or
 * IndentationError/TabError) with CPython's attributes ({@code msg}, {@code filename},
 * {@code lineno}, {@code offset}, {@code text}, {@code end_lineno}, {@code end_offset}) and args
 * {@code (msg, (filename, lineno, offset, text, end_lineno, end_offset))}, so that code compiled
 * at run time (import, exec, eval) raises a catchable exception. The report CPython prints for
 * it (file, line, source, caret) is kept for {@link ErrorPrinter}.
 */
public final class SyntaxErrors {
    /** The attribute holding CPython's report of the error, printed instead of "Type: msg". */
    static final String REPORT = "_pygil_report";

    private SyntaxErrors() {}

    @TruffleBoundary
    public static PyException toPython(PySyntaxError e) {
        PyType type = switch (e.kind()) {
            case PySyntaxError.INDENTATION_ERROR -> ExceptionTypes.INDENTATION_ERROR;
            case PySyntaxError.TAB_ERROR -> ExceptionTypes.TAB_ERROR;
            default -> ExceptionTypes.SYNTAX_ERROR;
        };
        Object text = e.text() == null ? PNone.NONE : e.text() + "\n";
        PyTuple details = PyTuple.of(e.filename(), (long) e.line(), (long) e.offset(), text, (long) e.endLine(), (long) e.endOffset());
        PyBaseException exc = PyErrors.newException(type, e.msg(), details);
        exc.setAttribute("msg", e.msg());
        exc.setAttribute("filename", e.filename());
        exc.setAttribute("lineno", (long) e.line());
        exc.setAttribute("offset", (long) e.offset());
        exc.setAttribute("text", text);
        exc.setAttribute("end_lineno", (long) e.endLine());
        exc.setAttribute("end_offset", (long) e.endOffset());
        exc.setAttribute(REPORT, e.format());
        return new PyException(exc);
    }
}
