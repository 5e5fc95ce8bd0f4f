package pygil.runtime.builtins;

import static pygil.runtime.builtins.BuiltinTypes.FLOAT;

import java.math.BigDecimal;
import java.math.BigInteger;

import pygil.runtime.call.ArgParser;
import pygil.runtime.error.PyErrors;
import pygil.runtime.num.FloatMath;
import pygil.runtime.num.IntMath;
import pygil.runtime.num.NumericHash;
import pygil.runtime.object.PNone;
import pygil.runtime.object.PNotImplemented;
import pygil.runtime.object.PyTuple;
import pygil.runtime.object.PyType;
import pygil.runtime.object.PyValueSub;
import pygil.runtime.ops.Binary;
import pygil.runtime.ops.BinaryOp;
import pygil.runtime.ops.BuiltinOps;
import pygil.runtime.ops.Compare;
import pygil.runtime.ops.CompareOp;
import pygil.runtime.ops.Numbers;
import pygil.runtime.ops.Repr;

/** The methods of {@code float} (Equivalent of {@code Objects/floatobject.c}'s tables). */
final class FloatType {
    private FloatType() {}

    private static boolean isReal(Object o) {
        return o instanceof Double || Numbers.isInt(o);
    }

    static void install() {
        Methods.defStatic(FLOAT, "__new__", (args, kw) -> {
            PyType cls = Methods.newClass(FLOAT, args);
            Object[] a = ArgParser.unpack("float", java.util.Arrays.copyOfRange(args, 1, args.length), kw, 0, 1);
            double v = a.length == 0 ? 0.0 : Numbers.toDouble(a[0]);
            return cls == FLOAT ? (Object) v : new PyValueSub(cls, v);
        });
        for (BinaryOp op : new BinaryOp[] {BinaryOp.ADD, BinaryOp.SUB, BinaryOp.MUL, BinaryOp.TRUEDIV, BinaryOp.FLOORDIV, BinaryOp.MOD}) {
            Methods.def1(FLOAT, op.dunder, (self, other) -> isReal(other) ? BuiltinOps.numeric(self, other, op) : PNotImplemented.INSTANCE);
            Methods.def1(FLOAT, op.reflected, (self, other) -> isReal(other) ? BuiltinOps.numeric(other, self, op) : PNotImplemented.INSTANCE);
        }
        Methods.defN(FLOAT, "__pow__", 1, 2, (self, a) -> {
            if (a.length > 1 && a[1] != PNone.NONE) {
                throw PyErrors.typeError("pow() 3rd argument not allowed unless all arguments are integers");
            }
            return isReal(a[0]) ? BuiltinOps.numeric(self, a[0], BinaryOp.POW) : PNotImplemented.INSTANCE;
        });
        Methods.defN(FLOAT, "__rpow__", 1, 2, (self, a) -> isReal(a[0]) ? BuiltinOps.numeric(a[0], self, BinaryOp.POW) : PNotImplemented.INSTANCE);
        for (CompareOp op : CompareOp.values()) {
            Methods.def1(FLOAT, op.dunder, (self, other) -> Compare.builtinCompare(self, other, op));
        }
        Methods.def1(FLOAT, "__divmod__", (self, other) -> isReal(other) ? Binary.divmod(self, other) : PNotImplemented.INSTANCE);
        Methods.def1(FLOAT, "__rdivmod__", (self, other) -> isReal(other) ? Binary.divmod(other, self) : PNotImplemented.INSTANCE);
        Methods.def0(FLOAT, "__neg__", self -> -(Double) self);
        Methods.def0(FLOAT, "__pos__", self -> self);
        Methods.def0(FLOAT, "__abs__", self -> Math.abs((Double) self));
        Methods.def0(FLOAT, "__bool__", self -> (Double) self != 0.0);
        Methods.def0(FLOAT, "__int__", self -> FloatMath.toInt((Double) self));
        Methods.def0(FLOAT, "__float__", self -> self);
        Methods.def0(FLOAT, "__trunc__", self -> FloatMath.trunc((Double) self));
        Methods.def0(FLOAT, "__floor__", self -> FloatMath.floor((Double) self));
        Methods.def0(FLOAT, "__ceil__", self -> FloatMath.ceil((Double) self));
        Methods.defN(FLOAT, "__round__", 0, 1, (self, a) -> {
            double x = (Double) self;
            if (a.length == 0 || a[0] == PNone.NONE) {
                return FloatMath.roundToInt(x);
            }
            Object n = Numbers.index(a[0]);
            long nd = n instanceof Long l ? l : (IntMath.signum(n) > 0 ? Long.MAX_VALUE : Long.MIN_VALUE);
            return FloatMath.round(x, nd);
        });
        Methods.def0(FLOAT, "__hash__", self -> NumericHash.hash(self));
        Methods.def0(FLOAT, "__repr__", self -> Repr.builtinRepr(self));
        Methods.defKeepSelf(FLOAT, "__format__", (args, kw) -> IntType.format(args, kw, "float"));
        Methods.def0(FLOAT, "is_integer", self -> FloatMath.isInteger((Double) self));
        Methods.def0(FLOAT, "conjugate", self -> self);
        Methods.def0(FLOAT, "as_integer_ratio", self -> {
            double x = (Double) self;
            if (Double.isNaN(x)) {
                throw PyErrors.valueError("cannot convert NaN to integer ratio");
            }
            if (Double.isInfinite(x)) {
                throw PyErrors.overflowError("cannot convert Infinity to integer ratio");
            }
            BigDecimal d = new BigDecimal(x);
            BigInteger num = d.unscaledValue();
            BigInteger den = BigInteger.ONE;
            if (d.scale() > 0) {
                den = BigInteger.TEN.pow(d.scale());
            } else {
                num = num.multiply(BigInteger.TEN.pow(-d.scale()));
            }
            BigInteger g = num.gcd(den);
            if (g.signum() != 0) {
                num = num.divide(g);
                den = den.divide(g);
            }
            return PyTuple.of(IntMath.normalize(num), IntMath.normalize(den));
        });
    }
}
