package pygil.runtime.object;

/** An instance of a user class deriving from {@code set} (see {@link SubclassInstance}). */
public final class PySetSub extends PySet implements SubclassInstance {
    private final SubclassState state;

    public PySetSub(PyType type) {
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
