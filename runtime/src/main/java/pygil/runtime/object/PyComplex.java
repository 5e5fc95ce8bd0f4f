package pygil.runtime.object;

import pygil.runtime.builtins.BuiltinTypes;

/**
 * Python {@code complex} (Equivalent of CPython's {@code PyComplexObject}): a pair of doubles.
 * Like {@code float} values it holds no references and is never counted (immortal), except
 * for instances of subclasses ({@link PyComplexSub}), which carry a dict. The arithmetic is in
 * {@link pygil.runtime.num.ComplexMath}.
 */
public class PyComplex extends PyObject {
    public final double real;
    public final double imag;

    /** A complex value (immortal, as floats are). */
    public PyComplex(double real, double imag) {
        this(real, imag, true);
    }

    protected PyComplex(double real, double imag, boolean immortal) {
        super(immortal);
        this.real = real;
        this.imag = imag;
    }

    @Override
    public PyType getType() {
        return BuiltinTypes.COMPLEX;
    }
}
