package pygil.runtime.num;

import java.math.BigInteger;

import pygil.runtime.error.PyErrors;

/**
 * Correctly rounded true division of arbitrary ints; mirrors the algorithm of CPython's
 * {@code long_true_divide}: the quotient is computed with 55-56 significant bits plus a sticky
 * bit, then rounded half-even to 53 bits (or to the precision of a subnormal result) and scaled
 * exactly. Used by {@link IntMath#trueDiv}.
 */
final class IntTrueDiv {
    private IntTrueDiv() {}

    /** {@code a / b} as a correctly rounded double. */
    static double divide(BigInteger a, BigInteger b) {
        if (b.signum() == 0) {
            throw PyErrors.zeroDivisionError("division by zero");
        }
        boolean negate = (a.signum() < 0) != (b.signum() < 0);
        a = a.abs();
        b = b.abs();
        if (a.signum() == 0) {
            return negate ? -0.0 : 0.0;
        }
        if (a.bitLength() <= 53 && b.bitLength() <= 53) {
            double r = a.doubleValue() / b.doubleValue();
            return negate ? -r : r;
        }
        // a/b lies in [2**(diff-1), 2**(diff+1)).
        int diff = a.bitLength() - b.bitLength();
        if (diff > Double.MAX_EXPONENT + 1) {
            throw PyErrors.overflowError("integer division result too large for a float");
        } else if (diff < Double.MIN_EXPONENT + 1 - 53 - 1) {
            return negate ? -0.0 : 0.0;
        }
        // Scale so that the quotient has 55 or 56 significant bits (fewer for subnormal results),
        // keeping an inexact flag as a sticky low bit; then round half-even to 53 bits (or to the
        // subnormal precision) and scale back, which is exact.
        int minExp = Double.MIN_EXPONENT + 1; // C's DBL_MIN_EXP
        int shift = Math.max(diff, minExp) - 53 - 2;
        BigInteger[] qr = shift <= 0
                ? a.shiftLeft(-shift).divideAndRemainder(b)
                : a.divideAndRemainder(b.shiftLeft(shift));
        long x = qr[0].longValueExact();
        if (qr[1].signum() != 0) {
            x |= 1;
        }
        int xBits = 64 - Long.numberOfLeadingZeros(x);
        int extraBits = Math.max(xBits, minExp - shift) - 53;
        long half = 1L << (extraBits - 1);
        boolean roundUp = (x & half) != 0 && ((x & (half - 1)) != 0 || (x & (half << 1)) != 0);
        x &= ~((half << 1) - 1);
        if (roundUp) {
            x += half << 1;
        }
        double r = Math.scalb((double) x, shift);
        if (Double.isInfinite(r)) {
            throw PyErrors.overflowError("integer division result too large for a float");
        }
        return negate ? -r : r;
    }
}
