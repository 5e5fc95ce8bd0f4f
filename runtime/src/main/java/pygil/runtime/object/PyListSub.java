package pygil.runtime.object;

/** An instance of a user class deriving from {@code list} (see {@link SubclassInstance}). */
public final class PyListSub extends PyList implements SubclassInstance {
    private final SubclassState state;

    public PyListSub(PyType type) {
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
