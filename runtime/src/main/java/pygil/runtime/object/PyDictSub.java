package pygil.runtime.object;

/** An instance of a user class deriving from {@code dict} (see {@link SubclassInstance}). */
public final class PyDictSub extends PyDict implements SubclassInstance {
    private final SubclassState state;

    public PyDictSub(PyType type) {
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
