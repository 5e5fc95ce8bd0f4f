package pygil.interpreter.interop;

import java.util.function.Supplier;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.nodes.Node;

import pygil.interpreter.PyContext;
import pygil.runtime.gil.Gil;
import pygil.runtime.gil.GilThread;
import pygil.runtime.refcount.PyThreadState;
import pygil.runtime.refcount.ZeroCountTable;

/**
 * Python code run on behalf of the embedder (Equivalent of CPython's
 * {@code PyGILState_Ensure()} ... {@code PyGILState_Release()} around a C-API call).
 *
 * <h2>Design notes</h2>
 * <ul>
 * <li>The GIL is taken for the call and dropped after it, unless this thread already holds it
 * (a host callback that calls back into Python), so the invariant "guest code runs only under
 * the GIL" holds for embedder threads too.</li>
 * <li>Reference counts: the body runs between a mark and a flush of the thread's zero-count
 * table, as one statement would, so the temporaries of the call are released when it returns.
 * The body must convert its result with {@link InteropValues#toInterop} <em>before</em> the
 * flush: that conversion takes the reference that keeps a returned heap object alive.</li>
 * <li>Output written by the call is flushed to the context's streams, because an embedder has
 * no interpreter exit at which block-buffered {@code sys.stdout} would be flushed.</li>
 * <li>A Python exception propagates as it is: it is a Truffle exception, which the polyglot API
 * turns into a {@code PolyglotException} whose message is the traceback's last line.</li>
 * </ul>
 */
final class EmbedderCall {
    private EmbedderCall() {}

    @TruffleBoundary
    static Object run(Node location, Supplier<Object> body) {
        PyContext context = PyContext.get();
        GilThread me = context.language().gilThread();
        Gil gil = context.gil().gil();
        boolean take = gil != null && gil.holder() != me;
        if (take) {
            context.gil().acquire(me, location);
        }
        ZeroCountTable table = PyThreadState.current().zct;
        int mark = table.mark();
        try {
            return body.get();
        } finally {
            table.flush(mark);
            context.flushStreams();
            if (take) {
                context.gil().release(me);
            }
        }
    }
}
