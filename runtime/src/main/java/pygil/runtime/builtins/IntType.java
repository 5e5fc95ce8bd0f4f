package pygil.runtime.builtins;

import static pygil.runtime.builtins.BuiltinTypes.BOOL;
import static pygil.runtime.builtins.BuiltinTypes.INT;

import java.math.BigInteger;

import pygil.runtime.call.ArgParser;
import pygil.runtime.error.PyErrors;
import pygil.runtime.num.IntMath;
import pygil.runtime.num.NumericHash;
import pygil.runtime.object.BytesLike;
import pygil.runtime.object.PNone;
import pygil.runtime.object.PNotImplemented;
import pygil.runtime.object.PyBytes;
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
import pygil.runtime.ops.Truth;
import pygil.runtime.text.FormatSpec;

/** The methods of {@code int} and {@code bool} (Equivalent of {@code Objects/longobject.c}, {@code boolobject.c}). */
final class IntType {
    private IntType() {}

    /** The value of an int argument (bool as 0/1). */
    static Object iv(Object o) {
        return o instanceof Boolean b ? (Object) (b ? 1L : 0L) : o;
    }

    static void install() {
        Methods.defStatic(INT, "__new__", (args, kw) -> {
            PyType cls = Methods.newClass(INT, args);
            Object[] p = ArgParser.parse("int", java.util.Arrays.copyOfRange(args, 1, args.length), kw, new String[] {"x", "base"}, 1, 2, 0);
            Object v;
            if (p[0] == null) {
                if (p[1] != null) {
                    throw PyErrors.typeError("int() missing string argument");
                }
                v = 0L;
            } else {
                v = p[1] == null ? Numbers.toInt(p[0]) : Numbers.toIntWithBase(p[0], p[1]);
            }
            return cls == INT ? v : new PyValueSub(cls, v);
        });
        for (BinaryOp op : BinaryOp.values()) {
            if (op == BinaryOp.MATMUL) {
                continue;
            }
            Methods.def1(INT, op.dunder, (self, other) -> Numbers.isInt(other) ? BuiltinOps.numeric(self, other, op) : PNotImplemented.INSTANCE);
            Methods.def1(INT, op.reflected, (self, other) -> Numbers.isInt(other) ? BuiltinOps.numeric(other, self, op) : PNotImplemented.INSTANCE);
        }
        Methods.def(INT, "__pow__", (args, kw) -> {
            Object[] a = ArgParser.unpack("__pow__", java.util.Arrays.copyOfRange(args, 1, args.length), kw, 1, 2);
            if (!Numbers.isInt(a[0]) || (a.length > 1 && a[1] != PNone.NONE && !Numbers.isInt(a[1]))) {
                return PNotImplemented.INSTANCE;
            }
            return a.length > 1 && a[1] != PNone.NONE ? IntMath.powMod(args[0], a[0], a[1]) : IntMath.pow(args[0], a[0]);
        });
        for (CompareOp op : CompareOp.values()) {
            Methods.def1(INT, op.dunder, (self, other) -> Compare.builtinCompare(self, other, op));
        }
        Methods.def1(INT, "__divmod__", (self, other) -> Numbers.isInt(other) ? Binary.divmod(self, other) : PNotImplemented.INSTANCE);
        Methods.def1(INT, "__rdivmod__", (self, other) -> Numbers.isInt(other) ? Binary.divmod(other, self) : PNotImplemented.INSTANCE);
        Methods.def0(INT, "__neg__", self -> IntMath.neg(self));
        Methods.def0(INT, "__pos__", self -> iv(self));
        Methods.def0(INT, "__abs__", self -> IntMath.abs(self));
        Methods.def0(INT, "__invert__", self -> IntMath.invert(self));
        Methods.def0(INT, "__bool__", self -> !IntMath.isZero(self));
        Methods.def0(INT, "__int__", self -> iv(self));
        Methods.def0(INT, "__index__", self -> iv(self));
        Methods.def0(INT, "__float__", self -> IntMath.toDouble(self));
        Methods.def0(INT, "__trunc__", self -> iv(self));
        Methods.def0(INT, "__floor__", self -> iv(self));
        Methods.def0(INT, "__ceil__", self -> iv(self));
        Methods.defN(INT, "__round__", 0, 1, (self, a) -> a.length == 0 || a[0] == PNone.NONE ? iv(self) : roundInt(self, Numbers.index(a[0])));
        Methods.def0(INT, "__hash__", self -> NumericHash.hash(self));
        Methods.def0(INT, "__repr__", self -> Repr.builtinRepr(self));
        Methods.defKeepSelf(INT, "__format__", (args, kw) -> format(args, kw, "int"));
        Methods.def0(INT, "bit_length", self -> IntMath.bitLength(self));
        Methods.def0(INT, "bit_count", self -> (long) IntMath.big(self).abs().bitCount());
        Methods.def0(INT, "conjugate", self -> iv(self));
        Methods.def0(INT, "as_integer_ratio", self -> PyTuple.of(iv(self), 1L));
        Methods.def(INT, "to_bytes", (args, kw) -> {
            Object[] p = ArgParser.parse("to_bytes", java.util.Arrays.copyOfRange(args, 1, args.length), kw, new String[] {"length", "byteorder", "signed"}, 0, 2, 0);
            long length = p[0] == null ? 1 : Numbers.asLong(p[0]);
            boolean little = byteOrder(p[1]);
            boolean signed = p[2] != null && Truth.isTrue(p[2]);
            return new PyBytes(toBytes(IntMath.big(args[0]), (int) length, little, signed));
        });
        Methods.defClass(INT, "from_bytes", (args, kw) -> {
            Object[] p = ArgParser.parse("from_bytes", java.util.Arrays.copyOfRange(args, 1, args.length), kw, new String[] {"bytes", "byteorder", "signed"}, 0, 2, 1);
            byte[] b = BytesLike.copyOrNull(p[0]);
            if (b == null) {
                b = bytesOf(p[0]);
            }
            if (byteOrder(p[1])) {
                for (int i = 0, j = b.length - 1; i < j; i++, j--) {
                    byte t = b[i];
                    b[i] = b[j];
                    b[j] = t;
                }
            }
            boolean signed = p[2] != null && Truth.isTrue(p[2]);
            BigInteger v = b.length == 0 ? BigInteger.ZERO : signed ? new BigInteger(b) : new BigInteger(1, b);
            Object r = IntMath.normalize(v);
            return args[0] == INT ? r : pygil.runtime.call.Call.call1(args[0], r);
        });

        Methods.defStatic(BOOL, "__new__", (args, kw) -> {
            Object[] a = ArgParser.unpack("bool", java.util.Arrays.copyOfRange(args, 1, args.length), kw, 0, 1);
            return a.length == 0 ? Boolean.FALSE : (Object) Truth.isTrue(a[0]);
        });
        Methods.def0(BOOL, "__repr__", self -> ((Boolean) self) ? "True" : "False");
        for (BinaryOp op : new BinaryOp[] {BinaryOp.AND, BinaryOp.OR, BinaryOp.XOR}) {
            Methods.def1(BOOL, op.dunder, (self, other) -> Numbers.isInt(other) ? BuiltinOps.numeric(self, other, op) : PNotImplemented.INSTANCE);
            Methods.def1(BOOL, op.reflected, (self, other) -> Numbers.isInt(other) ? BuiltinOps.numeric(other, self, op) : PNotImplemented.INSTANCE);
        }
    }

    /**
     * {@code __format__} of int and float (Equivalent of {@code long__format__}): an empty spec
     * gives {@code str(self)}, which for a subclass instance may be overridden.
     */
    static Object format(Object[] args, String[] kw, String typeName) {
        if (kw.length != 0 || args.length != 2) {
            throw PyErrors.typeError(typeName + ".__format__() takes exactly one argument (" + (args.length - 1) + " given)");
        }
        String spec = StrType.str(args[1], "format() argument must be str");
        if (spec.isEmpty() && args[0] instanceof PyValueSub) {
            return Repr.str(args[0]);
        }
        return FormatSpec.format(PyValueSub.unwrap(args[0]), spec);
    }

    private static boolean byteOrder(Object o) {
        if (o == null) {
            return false;
        }
        String s = StrType.str(o, "to_bytes() argument 'byteorder' must be str");
        if (s.equals("little")) {
            return true;
        }
        if (s.equals("big")) {
            return false;
        }
        throw PyErrors.valueError("byteorder must be either 'little' or 'big'");
    }

    private static byte[] bytesOf(Object o) {
        Object[] items = pygil.runtime.ops.Iter.toArray(o);
        byte[] b = new byte[items.length];
        for (int i = 0; i < b.length; i++) {
            long v = Numbers.asLong(items[i]);
            if (v < 0 || v > 255) {
                throw PyErrors.valueError("bytes must be in range(0, 256)");
            }
            b[i] = (byte) v;
        }
        return b;
    }

    /** Equivalent of {@code int.to_bytes}. */
    static byte[] toBytes(BigInteger v, int length, boolean little, boolean signed) {
        if (!signed && v.signum() < 0) {
            throw PyErrors.overflowError("can't convert negative int to unsigned");
        }
        byte[] raw = v.toByteArray();
        int start = 0;
        if (!signed && raw.length > 1 && raw[0] == 0) {
            start = 1;
        }
        int n = raw.length - start;
        if (n > length) {
            throw PyErrors.overflowError("int too big to convert");
        }
        byte[] out = new byte[length];
        byte fill = (byte) (v.signum() < 0 ? 0xff : 0);
        for (int i = 0; i < length - n; i++) {
            out[i] = fill;
        }
        System.arraycopy(raw, start, out, length - n, n);
        if (little) {
            for (int i = 0, j = length - 1; i < j; i++, j--) {
                byte t = out[i];
                out[i] = out[j];
                out[j] = t;
            }
        }
        return out;
    }

    /** {@code round(int, ndigits)}: half to even at 10**-ndigits. */
    static Object roundInt(Object self, Object ndigits) {
        Object v = iv(self);
        if (IntMath.signum(ndigits) >= 0) {
            return v;
        }
        BigInteger pow = BigInteger.TEN.pow(IntMath.big(IntMath.neg(ndigits)).min(BigInteger.valueOf(10000)).intValue());
        BigInteger x = IntMath.big(v);
        BigInteger[] qr = x.divideAndRemainder(pow);
        BigInteger q = qr[0];
        BigInteger r = qr[1];
        if (r.signum() < 0) {
            q = q.subtract(BigInteger.ONE);
            r = r.add(pow);
        }
        int c = r.shiftLeft(1).compareTo(pow);
        if (c > 0 || (c == 0 && q.testBit(0))) {
            q = q.add(BigInteger.ONE);
        }
        return IntMath.normalize(q.multiply(pow));
    }
}
