package pygil.runtime.object;

/** An instance of a user class deriving from {@code frozenset} (see {@link SubclassInstance}). */
public final class PyFrozenSetSub extends PyFrozenSet implements SubclassInstance {
    private final SubclassState state;

    public PyFrozenSetSub(PyType type) {
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
