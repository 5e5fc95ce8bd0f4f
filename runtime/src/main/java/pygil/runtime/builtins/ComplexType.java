package pygil.runtime.builtins;

import static pygil.runtime.builtins.BuiltinTypes.COMPLEX;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import pygil.runtime.call.ArgParser;
import pygil.runtime.call.Call;
import pygil.runtime.error.PyErrors;
import pygil.runtime.num.ComplexMath;
import pygil.runtime.object.PNone;
import pygil.runtime.object.PyComplex;
import pygil.runtime.object.PyComplexSub;
import pygil.runtime.object.PyTuple;
import pygil.runtime.object.PyType;
import pygil.runtime.object.PyValueSub;
import pygil.runtime.ops.BinaryOp;
import pygil.runtime.ops.ComplexOps;
import pygil.runtime.ops.Compare;
import pygil.runtime.ops.CompareOp;
import pygil.runtime.ops.Numbers;
import pygil.runtime.ops.Repr;
import pygil.runtime.ops.SequenceOps;
import pygil.runtime.text.FormatSpec;

/**
 * The methods of {@code complex} (Equivalent of {@code Objects/complexobject.c}'s tables):
 * construction from numbers, strings and {@code __complex__}, the arithmetic operators (no
 * {@code //}, {@code %} or {@code divmod}), {@code ==} only, {@code abs}, {@code conjugate},
 * hashing and formatting.
 */
final class ComplexType {
    private ComplexType() {}

    private static final BinaryOp[] OPS = {BinaryOp.ADD, BinaryOp.SUB, BinaryOp.MUL, BinaryOp.TRUEDIV};

    private static PyComplex c(Object o) {
        return (PyComplex) o;
    }

    static void install() {
        Methods.defStatic(COMPLEX, "__new__", (args, kw) -> {
            PyType cls = Methods.newClass(COMPLEX, args);
            Object[] p = ArgParser.parse("complex", java.util.Arrays.copyOfRange(args, 1, args.length), kw, new String[] {"real", "imag"}, 0, 2, 0);
            if (cls == COMPLEX && p[0] instanceof PyComplex z && z.getType() == COMPLEX && p[1] == null) {
                return z;
            }
            double[] v = newComplex(p[0], p[1]);
            return cls == COMPLEX ? new PyComplex(v[0], v[1]) : new PyComplexSub(cls, v[0], v[1]);
        });
        for (BinaryOp op : OPS) {
            Methods.def1(COMPLEX, op.dunder, (self, other) -> ComplexOps.binary(self, other, op));
            Methods.def1(COMPLEX, op.reflected, (self, other) -> ComplexOps.binary(other, self, op));
        }
        Methods.defN(COMPLEX, "__pow__", 1, 2, (self, a) -> {
            if (a.length > 1 && a[1] != PNone.NONE) {
                throw PyErrors.valueError("complex modulo");
            }
            return ComplexOps.binary(self, a[0], BinaryOp.POW);
        });
        Methods.defN(COMPLEX, "__rpow__", 1, 2, (self, a) -> ComplexOps.binary(a[0], self, BinaryOp.POW));
        for (CompareOp op : CompareOp.values()) {
            Methods.def1(COMPLEX, op.dunder, (self, other) -> Compare.builtinCompare(self, other, op));
        }
        Methods.def0(COMPLEX, "__neg__", self -> ComplexOps.unary(c(self), "__neg__"));
        Methods.def0(COMPLEX, "__pos__", self -> ComplexOps.unary(c(self), "__pos__"));
        Methods.def0(COMPLEX, "__abs__", self -> ComplexOps.unary(c(self), "__abs__"));
        Methods.def0(COMPLEX, "__bool__", self -> c(self).real != 0.0 || c(self).imag != 0.0);
        Methods.def0(COMPLEX, "__hash__", self -> ComplexMath.hash(c(self).real, c(self).imag, self));
        Methods.def0(COMPLEX, "__repr__", self -> Repr.builtinRepr(self));
        Methods.def0(COMPLEX, "conjugate", self -> new PyComplex(c(self).real, -c(self).imag));
        Methods.def0(COMPLEX, "__complex__", self -> c(self).getType() == COMPLEX ? self : new PyComplex(c(self).real, c(self).imag));
        Methods.def0(COMPLEX, "__getnewargs__", self -> PyTuple.of(c(self).real, c(self).imag));
        Methods.def1(COMPLEX, "__format__", (self, spec) -> format(self, StrType.str(spec, "format() argument must be str")));
    }

    /** {@code complex(real, imag)} (Equivalent of {@code complex_new_impl}); null arguments are absent. */
    static double[] newComplex(Object r, Object i) {
        if (r == null) {
            r = 0L;
        }
        if (PyValueSub.unwrap(r) instanceof String s) {
            if (i != null) {
                throw PyErrors.typeError("complex() can't take second arg if first is a string");
            }
            return ComplexMath.parse(s);
        }
        if (i != null && PyValueSub.unwrap(i) instanceof String) {
            throw PyErrors.typeError("complex() second arg can't be a string");
        }
        r = special(r);
        if (!isNumber(r)) {
            throw PyErrors.typeError("complex() first argument must be a string or a number, not '" + BuiltinTypes.typeName(r) + "'");
        }
        if (i != null && !isNumber(i)) {
            throw PyErrors.typeError("complex() second argument must be a number, not '" + BuiltinTypes.typeName(i) + "'");
        }
        double[] cr = r instanceof PyComplex z ? new double[] {z.real, z.imag} : new double[] {Numbers.toDouble(r), 0.0};
        double[] ci;
        if (i == null) {
            ci = new double[] {cr[1], 0.0};
        } else {
            ci = i instanceof PyComplex z ? new double[] {z.real, z.imag} : new double[] {Numbers.toDouble(i), 0.0};
            if (i instanceof PyComplex) {
                cr[0] -= ci[1];
            }
            if (r instanceof PyComplex) {
                ci[0] += cr[1];
            }
        }
        return new double[] {cr[0], ci[0]};
    }

    /** The result of {@code __complex__} if the type defines it, else the value itself. */
    private static Object special(Object r) {
        if (r instanceof PyComplex && BuiltinTypes.typeOf(r) == COMPLEX) {
            return r;
        }
        PyType t = BuiltinTypes.typeOf(r);
        Object m = t.lookup("__complex__");
        if (m == null) {
            return r;
        }
        Object v = Call.callUnbound(m, r, t, new Object[0]);
        if (!(v instanceof PyComplex)) {
            throw PyErrors.typeError("__complex__ returned non-complex (type " + BuiltinTypes.typeName(v) + ")");
        }
        return v;
    }

    /** What {@code complex()} accepts as a number: a complex, or a type with {@code __float__} or {@code __index__}. */
    private static boolean isNumber(Object o) {
        if (o instanceof PyComplex || o instanceof Double || Numbers.isInt(o)) {
            return true;
        }
        PyType t = BuiltinTypes.typeOf(o);
        return t.lookup("__float__") != null || t.lookup("__index__") != null;
    }

    private static final Pattern SPEC = Pattern.compile("((.)?([<>^]))?([-+ ]?)(#?)(\\d*)([,_]?)(\\.\\d+)?([eEfFgGn]?)", Pattern.DOTALL);

    /**
     * {@code format(z, spec)} (Equivalent of {@code complex__format__}): without a type the
     * parts are formatted as by {@code repr} (or 'g' with a precision) in parentheses; with one,
     * each part with that type and no parentheses.
     */
    static String format(Object self, String spec) {
        PyComplex z = c(self);
        if (spec.isEmpty()) {
            return Repr.str(self);
        }
        Matcher m = SPEC.matcher(spec);
        if (!m.matches()) {
            throw PyErrors.valueError("Invalid format specifier '" + spec + "' for object of type 'complex'");
        }
        String sign = m.group(4);
        String type = m.group(9);
        String prec = m.group(8) == null ? "" : m.group(8);
        String body;
        if (type.isEmpty() && prec.isEmpty()) {
            body = ComplexMath.repr(z.real, z.imag);
            if (sign.equals("+") || sign.equals(" ")) {
                if (body.startsWith("(")) {
                    body = body.charAt(1) == '-' ? body : "(" + sign + body.substring(1);
                } else if (!body.startsWith("-")) {
                    body = sign + body;
                }
            }
        } else {
            String t = type.isEmpty() ? "g" : type;
            String common = m.group(5) + m.group(7) + prec + t;
            boolean skipReal = type.isEmpty() && z.real == 0.0 && Math.copySign(1.0, z.real) > 0;
            String re = skipReal ? "" : FormatSpec.format(z.real, sign + common);
            String im = FormatSpec.format(z.imag, (skipReal ? sign : "+") + common) + "j";
            body = type.isEmpty() && !skipReal ? "(" + re + im + ")" : re + im;
        }
        long width = m.group(6).isEmpty() ? 0 : Long.parseLong(m.group(6));
        int len = SequenceOps.strLength(body);
        if (width <= len) {
            return body;
        }
        String fill = m.group(2) == null ? " " : m.group(2);
        String align = m.group(3) == null ? ">" : m.group(3);
        int pad = (int) (width - len);
        int left = align.equals(">") ? pad : align.equals("^") ? pad / 2 : 0;
        return fill.repeat(left) + body + fill.repeat(pad - left);
    }
}
