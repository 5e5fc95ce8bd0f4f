package pygil.runtime.object;

/** An instance of a user class deriving from {@code bytes} (see {@link SubclassInstance}). */
public final class PyBytesSub extends PyBytes implements SubclassInstance {
    private final SubclassState state;

    public PyBytesSub(PyType type, byte[] bytes) {
        super(bytes);
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
