package pygil.stdlib.math;

import java.math.BigInteger;

import pygil.runtime.error.PyErrors;
import pygil.runtime.num.IntMath;
import pygil.runtime.object.PNone;
import pygil.runtime.object.PyModule;
import pygil.runtime.ops.Numbers;
import pygil.stdlib.support.Defs;

/**
 * The integer functions of {@code math}: {@code factorial}, {@code gcd}, {@code lcm},
 * {@code comb}, {@code perm} and {@code isqrt} (Equivalent of their {@code math_*} functions
 * in {@code mathmodule.c}). Arguments go through {@code __index__} ("'float' object cannot be
 * interpreted as an integer"); results are exact ints of any size.
 */
final class IntegerFunctions {
    private IntegerFunctions() {}

    private static final String LLONG_MAX = Long.toString(Long.MAX_VALUE);

    static void install(PyModule m) {
        Defs.one(m, "factorial", IntegerFunctions::factorial);
        Defs.one(m, "isqrt", IntegerFunctions::isqrt);
        Defs.varargs(m, "gcd", IntegerFunctions::gcd);
        Defs.varargs(m, "lcm", IntegerFunctions::lcm);
        Defs.unpack(m, "comb", 2, 2, a -> comb(a[0], a[1]));
        Defs.unpack(m, "perm", 1, 2, a -> perm(a[0], a.length > 1 ? a[1] : PNone.NONE));
    }

    /** {@code math.factorial(n)}. */
    static Object factorial(Object arg) {
        Object n = Numbers.index(arg);
        if (n instanceof BigInteger b) {
            if (b.signum() > 0) {
                throw PyErrors.overflowError("factorial() argument should not exceed " + LLONG_MAX);
            }
            throw PyErrors.valueError("factorial() not defined for negative values");
        }
        long x = (Long) n;
        if (x < 0) {
            throw PyErrors.valueError("factorial() not defined for negative values");
        }
        if (x <= 20) {
            long r = 1;
            for (long i = 2; i <= x; i++) {
                r *= i;
            }
            return r;
        }
        return IntMath.normalize(product(BigInteger.valueOf(x), x - 1));
    }

    /**
     * The product {@code top * (top-1) * ... * (top-count+1)}, by splitting the range in halves
     * so that the multiplications stay balanced (fast for large counts).
     */
    static BigInteger product(BigInteger top, long count) {
        if (count <= 0) {
            return BigInteger.ONE;
        }
        if (count <= 16) {
            BigInteger r = top;
            for (long i = 1; i < count; i++) {
                r = r.multiply(top.subtract(BigInteger.valueOf(i)));
            }
            return r;
        }
        long half = count / 2;
        return product(top, half).multiply(product(top.subtract(BigInteger.valueOf(half)), count - half));
    }

    /** {@code math.isqrt(n)}: the floor of the square root. */
    static Object isqrt(Object arg) {
        Object n = Numbers.index(arg);
        if (IntMath.signum(n) < 0) {
            throw PyErrors.valueError("isqrt() argument must be nonnegative");
        }
        return IntMath.normalize(IntMath.big(n).sqrt());
    }

    /** {@code math.gcd(*integers)}: 0 for none; always non-negative. */
    static Object gcd(Object[] args) {
        if (args.length == 0) {
            return 0L;
        }
        Object res = Numbers.index(args[0]);
        if (args.length == 1) {
            return IntMath.abs(res);
        }
        BigInteger g = IntMath.big(res);
        for (int i = 1; i < args.length; i++) {
            g = g.gcd(IntMath.big(Numbers.index(args[i])));
        }
        return IntMath.normalize(g);
    }

    /** {@code math.lcm(*integers)}: 1 for none; 0 if any is 0; always non-negative. */
    static Object lcm(Object[] args) {
        if (args.length == 0) {
            return 1L;
        }
        Object res = Numbers.index(args[0]);
        if (args.length == 1) {
            return IntMath.abs(res);
        }
        BigInteger l = IntMath.big(res);
        for (int i = 1; i < args.length; i++) {
            BigInteger x = IntMath.big(Numbers.index(args[i]));
            if (l.signum() == 0) {
                continue;
            }
            if (x.signum() == 0) {
                l = BigInteger.ZERO;
                continue;
            }
            l = l.divide(l.gcd(x)).multiply(x).abs();
        }
        return IntMath.normalize(l.abs());
    }

    /** {@code math.comb(n, k)}: n! / (k! * (n - k)!), 0 when k > n. */
    static Object comb(Object nArg, Object kArg) {
        BigInteger n = IntMath.big(Numbers.index(nArg));
        BigInteger k = IntMath.big(Numbers.index(kArg));
        checkNonNegative(n, k);
        BigInteger nk = n.subtract(k);
        if (nk.signum() < 0) {
            return 0L;
        }
        if (nk.compareTo(k) < 0) {
            k = nk;
        }
        if (k.bitLength() > 63) {
            throw PyErrors.overflowError("min(n - k, k) must not exceed " + LLONG_MAX);
        }
        long kk = k.longValueExact();
        return IntMath.normalize(product(n, kk).divide(product(k, kk)));
    }

    /** {@code math.perm(n, k=None)}: n! / (n - k)!, 0 when k > n; {@code factorial(n)} without k. */
    static Object perm(Object nArg, Object kArg) {
        if (kArg == PNone.NONE) {
            return factorial(nArg);
        }
        BigInteger n = IntMath.big(Numbers.index(nArg));
        BigInteger k = IntMath.big(Numbers.index(kArg));
        checkNonNegative(n, k);
        if (n.compareTo(k) < 0) {
            return 0L;
        }
        if (k.bitLength() > 63) {
            throw PyErrors.overflowError("k must not exceed " + LLONG_MAX);
        }
        return IntMath.normalize(product(n, k.longValueExact()));
    }

    private static void checkNonNegative(BigInteger n, BigInteger k) {
        if (n.signum() < 0) {
            throw PyErrors.valueError("n must be a non-negative integer");
        }
        if (k.signum() < 0) {
            throw PyErrors.valueError("k must be a non-negative integer");
        }
    }
}
