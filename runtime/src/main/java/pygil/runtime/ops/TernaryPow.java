package pygil.runtime.ops;

import pygil.runtime.builtins.BuiltinTypes;
import pygil.runtime.call.Call;
import pygil.runtime.error.PyErrors;
import pygil.runtime.num.IntMath;
import pygil.runtime.object.PNotImplemented;
import pygil.runtime.object.PyType;
import pygil.runtime.object.PyValueSub;

/** Three-argument {@code pow()} (Equivalent of {@code ternary_op} for {@code nb_power}). */
final class TernaryPow {
    private TernaryPow() {}

    /**
     * {@code pow(base, exp, mod)} (Equivalent of {@code PyNumber_Power} with a modulus, that is
     * {@code ternary_op}): the power slot of base's type, then exp's, then mod's, each tried once.
     * int's slot needs three ints; float's raises TypeError "pow() 3rd argument not allowed
     * unless all arguments are integers"; complex's ValueError "complex modulo"; a user class's
     * {@code __pow__} is called only for the base.
     */
    public static Object pow(Object base, Object exp, Object mod) {
        if (Numbers.isInt(base) && Numbers.isInt(exp) && Numbers.isInt(mod)) {
            return IntMath.powMod(base, exp, mod);
        }
        Object slotV = powSlot(base);
        Object slotW = powSlot(exp);
        Object slotZ = powSlot(mod);
        PyType tv = BuiltinTypes.typeOf(base);
        PyType tw = BuiltinTypes.typeOf(exp);
        if (tw == tv || slotW == slotV) {
            slotW = null;
        }
        if (slotV != null) {
            if (slotW != null && tw.isSubtypeOf(tv)) {
                Object r = ternarySlot(slotW, base, exp, mod);
                if (r != PNotImplemented.INSTANCE) {
                    return r;
                }
                slotW = null;
            }
            Object r = ternarySlot(slotV, base, exp, mod);
            if (r != PNotImplemented.INSTANCE) {
                return r;
            }
        }
        if (slotW != null) {
            Object r = ternarySlot(slotW, base, exp, mod);
            if (r != PNotImplemented.INSTANCE) {
                return r;
            }
        }
        if (slotZ != null && slotZ != slotV && slotZ != slotW) {
            Object r = ternarySlot(slotZ, base, exp, mod);
            if (r != PNotImplemented.INSTANCE) {
                return r;
            }
        }
        throw PyErrors.typeError("unsupported operand type(s) for ** or pow(): '" + BuiltinTypes.typeName(base) + "', '" + BuiltinTypes.typeName(exp) + "', '"
                        + BuiltinTypes.typeName(mod) + "'");
    }

    /**
     * The {@code nb_power} slot of a value's type, as a token: the builtin type whose slot it is
     * (int, float, complex), the user type that defines {@code __pow__}, or null.
     */
    private static Object powSlot(Object o) {
        PyType t = BuiltinTypes.typeOf(o);
        Object m = t.lookup("__pow__");
        if (m == null) {
            return null;
        }
        if (m instanceof pygil.runtime.object.PyBuiltinFunction f && f.owner != null && f.owner.isBuiltin()) {
            return f.owner == BuiltinTypes.BOOL ? BuiltinTypes.INT : f.owner;
        }
        return t;
    }

    private static Object ternarySlot(Object slot, Object v, Object w, Object z) {
        if (slot == BuiltinTypes.INT) {
            Object a = PyValueSub.unwrap(v);
            Object b = PyValueSub.unwrap(w);
            Object c = PyValueSub.unwrap(z);
            return Numbers.isInt(a) && Numbers.isInt(b) && Numbers.isInt(c) ? IntMath.powMod(a, b, c) : PNotImplemented.INSTANCE;
        }
        if (slot == BuiltinTypes.FLOAT) {
            throw PyErrors.typeError("pow() 3rd argument not allowed unless all arguments are integers");
        }
        if (slot == BuiltinTypes.COMPLEX) {
            if (ComplexOps.toComplex(v) == null || ComplexOps.toComplex(w) == null) {
                return PNotImplemented.INSTANCE;
            }
            throw PyErrors.valueError("complex modulo");
        }
        // A user class's slot_nb_power: only the base's own __pow__ takes a modulus.
        if (!(powSlot(v) instanceof PyType st) || st.isBuiltin()) {
            return PNotImplemented.INSTANCE;
        }
        PyType t = BuiltinTypes.typeOf(v);
        return Call.callUnbound(t.lookup("__pow__"), v, t, new Object[] {w, z});
    }
}
