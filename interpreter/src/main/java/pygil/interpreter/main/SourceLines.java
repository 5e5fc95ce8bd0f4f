package pygil.interpreter.main;

import java.util.concurrent.ConcurrentHashMap;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.source.Source;

/**
 * The source text of every compiled file, by file name, so tracebacks can quote lines
 * (Equivalent of the {@code linecache} module). Strings given with {@code -c} are not files,
 * and CPython quotes no lines for them either.
 */
public final class SourceLines {
    private final ConcurrentHashMap<String, Source> sources = new ConcurrentHashMap<>();

    public void register(String filename, Source source) {
        if (!filename.startsWith("<")) {
            sources.put(filename, source);
        }
    }

    /** Line {@code n} (1-based) of {@code filename}, without its line break, or null. */
    @TruffleBoundary
    public String line(String filename, int n) {
        Source s = sources.get(filename);
        if (s == null || n < 1 || n > s.getLineCount()) {
            return null;
        }
        return s.getCharacters(n).toString();
    }
}
