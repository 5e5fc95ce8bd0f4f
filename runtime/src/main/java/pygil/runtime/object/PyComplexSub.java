package pygil.runtime.object;

/** An instance of a user class deriving from {@code complex} (see {@link SubclassInstance}). */
public final class PyComplexSub extends PyComplex implements SubclassInstance {
    private final SubclassState state;

    public PyComplexSub(PyType type, double real, double imag) {
        super(real, imag, false);
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
