package pygil.interpreter.main;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

import pygil.interpreter.objects.Traceback;
import pygil.runtime.error.PyBaseException;
import pygil.runtime.object.PNone;

/**
 * Prints an uncaught exception the way CPython's default {@code sys.excepthook} does: chained
 * causes and contexts first, each traceback from the outermost frame down, source lines
 * stripped of indentation, runs of more than three identical frames folded into
 * "[Previous line repeated N more times]", then {@code Type: message}.
 */
public final class ErrorPrinter {
    private static final String CAUSE = "\nThe above exception was the direct cause of the following exception:\n\n";
    private static final String CONTEXT = "\nDuring handling of the above exception, another exception occurred:\n\n";
    private static final int REPEAT_CUTOFF = 3;

    private final SourceLines lines;
    private final StringBuilder out = new StringBuilder();

    private ErrorPrinter(SourceLines lines) {
        this.lines = lines;
    }

    /** The whole report for {@code exc}, ending in a newline. */
    @TruffleBoundary
    public static String format(PyBaseException exc, SourceLines lines) {
        ErrorPrinter p = new ErrorPrinter(lines);
        p.chain(exc, new IdentityHashMap<>());
        return p.out.toString();
    }

    private void chain(PyBaseException exc, Map<PyBaseException, Boolean> seen) {
        seen.put(exc, true);
        Object cause = exc.getCause();
        Object context = exc.getContext();
        if (cause instanceof PyBaseException c && !seen.containsKey(c)) {
            chain(c, seen);
            out.append(CAUSE);
        } else if (!exc.suppressContext && context instanceof PyBaseException c && context != PNone.NONE && !seen.containsKey(c)) {
            chain(c, seen);
            out.append(CONTEXT);
        }
        single(exc);
    }

    private void single(PyBaseException exc) {
        if (exc.getTraceback() instanceof Traceback tb && !tb.entries().isEmpty()) {
            out.append("Traceback (most recent call last):\n");
            frames(tb.entries());
        }
        // a syntax error from compiling code: CPython's file/line/caret report ends the block
        if (exc.getAttribute(SyntaxErrors.REPORT) instanceof String report) {
            out.append(report);
            if (!report.endsWith("\n")) {
                out.append('\n');
            }
            return;
        }
        out.append(exc.formatForTraceback()).append('\n');
    }

    /** Entries are innermost first; CPython prints the outermost first. */
    private void frames(List<Traceback.Entry> entries) {
        String lastKey = null;
        int repeats = 0;
        for (int i = entries.size() - 1; i >= 0; i--) {
            Traceback.Entry e = entries.get(i);
            String key = e.code().filename + ":" + e.line() + ":" + e.code().name;
            if (key.equals(lastKey)) {
                repeats++;
                if (repeats >= REPEAT_CUTOFF) {
                    continue;
                }
            } else {
                flushRepeats(repeats);
                lastKey = key;
                repeats = 0;
            }
            frame(e);
        }
        flushRepeats(repeats);
    }

    private void flushRepeats(int repeats) {
        int hidden = repeats - REPEAT_CUTOFF + 1;
        if (hidden > 0) {
            out.append("  [Previous line repeated ").append(hidden).append(" more time").append(hidden > 1 ? "s" : "").append("]\n");
        }
    }

    private void frame(Traceback.Entry e) {
        out.append("  File \"").append(e.code().filename).append("\", line ").append(e.line()).append(", in ").append(e.code().name).append('\n');
        String text = lines.line(e.code().filename, e.line());
        if (text != null && !text.isBlank()) {
            out.append("    ").append(text.strip()).append('\n');
        }
    }
}
