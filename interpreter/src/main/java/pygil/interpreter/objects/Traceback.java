package pygil.interpreter.objects;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.bytecode.BytecodeNode;

import pygil.interpreter.bytecode.PyBytecodeRootNode;

import pygil.runtime.builtins.BuiltinTypes;
import pygil.runtime.error.PyBaseException;
import pygil.runtime.error.PyException;
import pygil.runtime.object.PNone;
import pygil.runtime.object.PyBuiltinFunction;
import pygil.runtime.object.PyCode;
import pygil.runtime.object.PyProperty;
import pygil.runtime.object.PyObject;
import pygil.runtime.object.PyType;
import pygil.runtime.refcount.RefCount;

/**
 * The frames an exception passed through, innermost first (Equivalent of the
 * {@code tb_next} chain that {@code PyTraceBack_Here} builds as an exception unwinds).
 *
 * <h2>Design notes</h2>
 * <ul>
 * <li>The bytecode root records an entry each time a Truffle exception leaves an instruction. A
 * frame is recorded once per throw: an exception re-thrown unchanged (a bare {@code raise}, or
 * a handler that does not match) keeps its entry for that frame, while {@code raise e} throws
 * a new Java exception and so adds the frame again, as CPython does.</li>
 * <li>Reference counts: the exception in flight is kept alive by its carrier
 * ({@code PyException} owns one reference until an except clause disposes of it). A frame
 * left by an exception hands its counted locals to its
 * entry here instead of releasing them, so they live as long as the traceback does (CPython's
 * frames stay alive through {@code tb_frame}); they are released with the traceback, that is
 * when the exception object itself is released.</li>
 * </ul>
 */
public final class Traceback extends PyObject {
    static final PyType TYPE = new PyType("traceback", BuiltinTypes.OBJECT, PyType.Layout.BUILTIN, false);

    static {
        property("tb_lineno", tb -> (long) tb.entry().line());
        property("tb_next", tb -> tb.position() == 0 ? PNone.NONE : new Traceback(tb.root(), tb.position() - 1));
        property("tb_lasti", tb -> 0L);
        // no frame objects yet: the code object stands in for tb_frame
        property("tb_frame", tb -> tb.entry().code());
    }

    private static void property(String name, Function<Traceback, Object> getter) {
        PyBuiltinFunction fget = new PyBuiltinFunction(name, TYPE, (args, kw) -> getter.apply((Traceback) args[0]));
        TYPE.getDict().putString(name, new PyProperty(fget, null, null, null));
    }

    /** For a view made by tb_next: the traceback it belongs to and the entry it shows. */
    private final Traceback viewOf;
    private final int viewIndex;

    /** One frame: the code object, the line executing, and the frame's identity. */
    public record Entry(PyCode code, int line, Object frameKey) {}

    private final List<Entry> entries = new ArrayList<>();
    private final List<Object> keptLocals = new ArrayList<>();
    private PyException lastThrow;
    /** A frame that must not appear (it failed before it started: RecursionError at entry). */
    private Object skipFrame;

    private Traceback() {
        this.viewOf = null;
        this.viewIndex = -1;
    }

    private Traceback(Traceback root, int index) {
        this.viewOf = root;
        this.viewIndex = index;
        root.incRef();
    }

    private Traceback root() {
        return viewOf == null ? this : viewOf;
    }

    /** Index in entries (innermost first) of the frame this object shows: the outermost for the exception's own. */
    private int position() {
        return viewOf == null ? entries.size() - 1 : viewIndex;
    }

    private Entry entry() {
        return root().entries.get(position());
    }

    @Override
    public PyType getType() {
        return TYPE;
    }

    public List<Entry> entries() {
        return entries;
    }

    /** Called from {@code interceptTruffleException}; {@code frameKey} is the frame's arguments array. */
    @TruffleBoundary
    public static void record(PyException pe, PyCode code, Object frameKey, BytecodeNode bytecodeNode, int bci) {
        PyBaseException exc = pe.exception;
        Traceback tb = exc.getTraceback() instanceof Traceback t ? t : null;
        if (tb == null) {
            tb = new Traceback();
            exc.setTraceback(tb);
        }
        if (tb.skipFrame == frameKey) {
            tb.skipFrame = null;
            return;
        }
        if (tb.lastThrow == pe && !tb.entries.isEmpty() && tb.entries.get(tb.entries.size() - 1).frameKey == frameKey) {
            return;
        }
        tb.lastThrow = pe;
        tb.entries.add(new Entry(code, PyBytecodeRootNode.lineOf(bytecodeNode, bci), frameKey));
    }

    /**
     * An exception raised by a frame's entry (the recursion limit), before the frame began:
     * CPython shows no traceback line for that frame, so its first recording is skipped.
     */
    @TruffleBoundary
    public static PyException raisedAtEntry(PyException pe, Object frameKey) {
        Traceback tb = new Traceback();
        tb.skipFrame = frameKey;
        pe.exception.setTraceback(tb);
        return pe;
    }

    /** Takes over the references of a frame's locals when the frame is left by this exception. */
    @TruffleBoundary
    public void keepLocals(Object[] values, int n) {
        for (int i = 0; i < n; i++) {
            keptLocals.add(values[i]);
        }
    }

    @Override
    protected void releaseReferences() {
        if (viewOf != null) {
            viewOf.decRef();
            return;
        }
        Object[] values = keptLocals.toArray();
        keptLocals.clear();
        for (Object v : values) {
            RefCount.decRef(v);
        }
    }
}
