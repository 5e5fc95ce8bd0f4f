package pygil.stdlib.math;

import static pygil.stdlib.math.MathErrors.real;

import pygil.runtime.call.ArgParser;
import pygil.runtime.error.PyErrors;
import pygil.runtime.object.PyModule;
import pygil.runtime.object.PyTuple;
import pygil.runtime.ops.Binary;
import pygil.runtime.ops.BinaryOp;
import pygil.runtime.ops.Iter;
import pygil.stdlib.support.Defs;

/**
 * The functions of {@code math} that combine many numbers: {@code fsum} (Shewchuk's exact
 * partial sums, Equivalent of {@code math_fsum}), {@code prod}, and the Euclidean norms
 * {@code hypot} and {@code dist} (Equivalent of {@code vector_norm}: scaled by a power of two,
 * squares summed in double-double, then a correction step, so results are correctly rounded in
 * the usual cases as CPython's).
 */
final class SumFunctions {
    private SumFunctions() {}

    static void install(PyModule m) {
        Defs.one(m, "fsum", SumFunctions::fsum);
        Defs.raw(m, "prod", SumFunctions::prod);
        Defs.varargs(m, "hypot", args -> {
            double[] v = new double[args.length];
            for (int i = 0; i < args.length; i++) {
                v[i] = Math.abs(real(args[i]));
            }
            return norm(v);
        });
        Defs.unpack(m, "dist", 2, 2, a -> dist(a[0], a[1]));
    }

    /** {@code math.fsum(iterable)}: the correctly rounded sum. */
    static double fsum(Object iterable) {
        Object it = Iter.getIter(iterable);
        double[] p = new double[32];
        int n = 0;
        double specialSum = 0.0;
        double infSum = 0.0;
        for (Object item = Iter.next(it); item != Iter.STOP; item = Iter.next(it)) {
            double x = real(item);
            double xsave = x;
            int i = 0;
            for (int j = 0; j < n; j++) {
                double y = p[j];
                if (Math.abs(x) < Math.abs(y)) {
                    double t = x;
                    x = y;
                    y = t;
                }
                double hi = x + y;
                double lo = y - (hi - x);
                if (lo != 0.0) {
                    p[i++] = lo;
                }
                x = hi;
            }
            n = i;
            if (x != 0.0) {
                if (!Double.isFinite(x)) {
                    // from an inf or nan among the summands, or an intermediate overflow
                    if (Double.isFinite(xsave)) {
                        throw PyErrors.overflowError("intermediate overflow in fsum");
                    }
                    if (Double.isInfinite(xsave)) {
                        infSum += xsave;
                    }
                    specialSum += xsave;
                    n = 0;
                } else {
                    if (n == p.length) {
                        p = java.util.Arrays.copyOf(p, n * 2);
                    }
                    p[n++] = x;
                }
            }
        }
        if (specialSum != 0.0) {
            if (Double.isNaN(infSum)) {
                throw PyErrors.valueError("-inf + inf in fsum");
            }
            return specialSum;
        }
        double hi = 0.0;
        if (n > 0) {
            hi = p[--n];
            double lo = 0.0;
            // sum from the top, stopping when the sum becomes inexact
            while (n > 0) {
                double x = hi;
                double y = p[--n];
                hi = x + y;
                lo = y - (hi - x);
                if (lo != 0.0) {
                    break;
                }
            }
            // half-even rounding across partials: sum([1e-16, 1, 1e16]) rounds up
            if (n > 0 && ((lo < 0.0 && p[n - 1] < 0.0) || (lo > 0.0 && p[n - 1] > 0.0))) {
                double y = lo * 2.0;
                double x = hi + y;
                if (y == x - hi) {
                    hi = x;
                }
            }
        }
        return hi;
    }

    private static final String[] PROD_PARAMS = {"iterable", "start"};

    /** {@code math.prod(iterable, /, *, start=1)}: {@code start * x0 * x1 * ...}. */
    static Object prod(Object[] args, String[] kw) {
        int npos = ArgParser.positionalCount(args, kw);
        if (npos != 1 && args.length <= 2) {
            throw PyErrors.typeError("prod() takes exactly 1 positional argument (" + npos + " given)");
        }
        Object[] p = ArgParser.parse("prod", args, kw, PROD_PARAMS, 1, 1, 1);
        Object result = p[1] == null ? (Object) 1L : p[1];
        Object it = Iter.getIter(p[0]);
        for (Object item = Iter.next(it); item != Iter.STOP; item = Iter.next(it)) {
            result = Binary.op(result, item, BinaryOp.MUL);
        }
        return result;
    }

    /** {@code math.dist(p, q)}: the Euclidean distance of two points given as sequences. */
    static double dist(Object p, Object q) {
        Object[] ps = p instanceof PyTuple t ? t.items : Iter.toArray(p);
        Object[] qs = q instanceof PyTuple t ? t.items : Iter.toArray(q);
        if (ps.length != qs.length) {
            throw PyErrors.valueError("both points must have the same number of dimensions");
        }
        double[] diffs = new double[ps.length];
        for (int i = 0; i < ps.length; i++) {
            double px = real(ps[i]);
            double qx = real(qs[i]);
            diffs[i] = Math.abs(px - qx);
        }
        return norm(diffs);
    }

    /** The Euclidean norm of non-negative values, with NaN and infinity handled first. */
    static double norm(double[] v) {
        double max = 0.0;
        boolean foundNan = false;
        for (double x : v) {
            foundNan |= Double.isNaN(x);
            if (x > max) {
                max = x;
            }
        }
        return vectorNorm(v, max, foundNan);
    }

    /** Equivalent of {@code vector_norm}. */
    private static double vectorNorm(double[] v, double max, boolean foundNan) {
        if (Double.isInfinite(max)) {
            return max;
        }
        if (foundNan) {
            return Double.NaN;
        }
        if (max == 0.0 || v.length <= 1) {
            return max;
        }
        int maxE = max < Double.MIN_NORMAL ? Math.getExponent(max * 0x1p54) + 1 - 54 : Math.getExponent(max) + 1; // frexp's
        if (maxE < -1023) {
            // ldexp(1.0, -maxE) would overflow: turn subnormals into normals first
            double[] w = new double[v.length];
            for (int i = 0; i < v.length; i++) {
                w[i] = v[i] / Double.MIN_NORMAL;
            }
            return Double.MIN_NORMAL * vectorNorm(w, max / Double.MIN_NORMAL, false);
        }
        double scale = Math.scalb(1.0, -maxE);
        double csum = 1.0;
        double frac1 = 0.0;
        double frac2 = 0.0;
        for (double value : v) {
            double x = value * scale; // lossless scaling
            double sq = x * x;
            double sqLo = Math.fma(x, x, -sq); // lossless squaring
            double hi = csum + sq; // lossless addition (csum >= sq)
            double lo = (csum - hi) + sq;
            csum = hi;
            frac1 += sqLo;
            frac2 += lo;
        }
        double h = Math.sqrt(csum - 1.0 + (frac1 + frac2));
        double pr = -h * h;
        double prLo = Math.fma(-h, h, -pr);
        double hi = csum + pr;
        double lo = (csum - hi) + pr;
        csum = hi;
        frac1 += prLo;
        frac2 += lo;
        double x = csum - 1.0 + (frac1 + frac2);
        h += x / (2.0 * h); // differential correction
        return h / scale;
    }
}
