package pygil.runtime.error;

import pygil.runtime.object.PyInstance;
import pygil.runtime.object.PyTuple;
import pygil.runtime.object.PyType;
import pygil.runtime.ops.Repr;
import pygil.runtime.refcount.RefCount;

/**
 * A Python exception instance (Equivalent of CPython's {@code PyBaseExceptionObject}); also the
 * instances of user classes deriving from any exception type. Type-specific fields
 * ({@code StopIteration.value}, {@code OSError.errno}, ...) live in the attribute storage.
 * {@link #args}, {@link #cause} and {@link #context} are counted references; the traceback is
 * opaque to the runtime.
 */
public class PyBaseException extends PyInstance {
    private PyTuple args;
    private Object cause;
    private Object context;
    public boolean suppressContext;
    private Object traceback;

    public PyBaseException(PyType type, PyTuple args) {
        super(type);
        this.args = args;
        args.incRef();
    }

    public final PyTuple getArgs() {
        return args;
    }

    public final void setArgs(PyTuple a) {
        a.incRef();
        PyTuple old = args;
        args = a;
        old.decRef();
    }

    /** {@code __cause__}, or null for None. */
    public final Object getCause() {
        return cause;
    }

    /** Sets {@code __cause__} (null for None) and, like CPython, {@code __suppress_context__}. */
    public final void setCause(Object c) {
        RefCount.incRef(c);
        Object old = cause;
        cause = c;
        RefCount.decRef(old);
        suppressContext = true;
    }

    /** {@code __context__}, or null for None. */
    public final Object getContext() {
        return context;
    }

    public final void setContext(Object c) {
        RefCount.incRef(c);
        Object old = context;
        context = c;
        RefCount.decRef(old);
    }

    /** The interpreter's traceback object (opaque here), or null. */
    public final Object getTraceback() {
        return traceback;
    }

    public final void setTraceback(Object tb) {
        RefCount.incRef(tb);
        Object old = traceback;
        traceback = tb;
        RefCount.decRef(old);
    }

    /** {@code str(e)}: uses the type's {@code __str__} (Equivalent of {@code PyObject_Str}). */
    public final String str() {
        return Repr.str(this);
    }

    /** {@code BaseException.__str__}: '' / str(args[0]) / repr(args). */
    public final String defaultStr() {
        int n = args.size();
        if (n == 0) {
            return "";
        }
        if (n == 1) {
            return Repr.str(args.get(0));
        }
        return Repr.repr(args);
    }

    /**
     * The last line of a traceback: {@code "ValueError: msg"}, or just the type name when the
     * message is empty; prefixed by the module unless it is {@code builtins} or {@code __main__} ({@code "m.E: x"}),
     * as the traceback module does.
     */
    public final String formatForTraceback() {
        PyType t = getType();
        String mod = t.getModule();
        String name = mod.equals("builtins") || mod.equals("__main__") ? t.getQualname() : mod + "." + t.getQualname();
        String s;
        try {
            s = str();
        } catch (PyException e) {
            s = "<exception str() failed>";
        }
        return s.isEmpty() ? name : name + ": " + s;
    }

    @Override
    protected void releaseReferences() {
        RefCount.decRef(traceback);
        RefCount.decRef(context);
        RefCount.decRef(cause);
        args.decRef();
        super.releaseReferences();
    }
}
