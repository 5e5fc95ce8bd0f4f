package pygil.stdlib.math;

import pygil.runtime.module.BuiltinModule;
import pygil.runtime.module.ModuleHost;
import pygil.runtime.object.PyModule;

/**
 * The {@code math} module (Equivalent of CPython's {@code Modules/mathmodule.c}): the constants
 * {@code pi}, {@code e}, {@code tau}, {@code inf}, {@code nan} and the functions of
 * {@link RealFunctions}, {@link LogFunctions}, {@link FloatFunctions},
 * {@link IntegerFunctions}, {@link SumFunctions} and {@link SpecialFunctions}.
 */
public final class MathModule implements BuiltinModule {
    @Override
    public String name() {
        return "math";
    }

    @Override
    public PyModule create(ModuleHost host) {
        PyModule m = new PyModule("math");
        m.isBuiltin = true;
        m.getDict().putString("__doc__", "This module provides access to the mathematical functions\ndefined by the C standard.");
        m.getDict().putString("pi", Math.PI);
        m.getDict().putString("e", Math.E);
        m.getDict().putString("tau", 2 * Math.PI);
        m.getDict().putString("inf", Double.POSITIVE_INFINITY);
        m.getDict().putString("nan", Double.NaN);
        RealFunctions.install(m);
        LogFunctions.install(m);
        FloatFunctions.install(m);
        IntegerFunctions.install(m);
        SumFunctions.install(m);
        SpecialFunctions.install(m);
        return m;
    }
}
