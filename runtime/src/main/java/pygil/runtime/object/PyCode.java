package pygil.runtime.object;

import com.oracle.truffle.api.RootCallTarget;

import pygil.runtime.builtins.BuiltinTypes;

/**
 * A compiled function body (Equivalent of {@code PyCodeObject}). Immortal: code objects are
 * constants of their enclosing code. The call target is set by the compiler after the root node
 * exists.
 */
public final class PyCode extends PyObject {
    public RootCallTarget callTarget;
    public final Signature signature;
    public final String name;
    public final String qualname;
    public final String filename;
    public final int firstLine;
    public final boolean isGenerator;
    /** Free-form slot for the interpreter (e.g. its root node or constants); the runtime ignores it. */
    public Object extra;

    public PyCode(RootCallTarget callTarget, Signature signature, String name, String qualname, String filename, int firstLine, boolean isGenerator) {
        super(true);
        this.callTarget = callTarget;
        this.signature = signature;
        this.name = name;
        this.qualname = qualname;
        this.filename = filename;
        this.firstLine = firstLine;
        this.isGenerator = isGenerator;
    }

    @Override
    public PyType getType() {
        return BuiltinTypes.CODE;
    }

    /**
     * The call target to run this code with: {@link #callTarget}, or the current thread's private
     * copy in an interpreter-only run without the GIL ({@link pygil.runtime.gil.ThreadPrivateCode}).
     */
    public RootCallTarget target() {
        if (pygil.runtime.gil.ThreadPrivateCode.off()) {
            return callTarget;
        }
        return pygil.runtime.gil.ThreadPrivateCode.resolve(this);
    }
}
