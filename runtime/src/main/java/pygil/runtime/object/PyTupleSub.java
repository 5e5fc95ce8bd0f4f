package pygil.runtime.object;

/** An instance of a user class deriving from {@code tuple} (see {@link SubclassInstance}). */
public final class PyTupleSub extends PyTuple implements SubclassInstance {
    private final SubclassState state;

    public PyTupleSub(PyType type, Object[] items) {
        super(items);
        this.state = new SubclassState(type);
    }

    @Override
    public SubclassState subclassState() {
        return state;
    }

    @Override
    public PyType getType() {
        return state.type;
    }

    @Override
    protected void releaseReferences() {
        state.release();
        super.releaseReferences();
    }
}
