package pygil.stdlib.math;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigInteger;

import org.junit.jupiter.api.Test;

/** The float algorithms of the math module, against values CPython 3.11 prints on Linux. */
class LibmTest {
    @Test
    void log2IsExactForPowersOfTwo() {
        for (int k = -1074; k <= 1023; k++) {
            assertEquals(k, Libm.log2(Math.scalb(1.0, k)), "2**" + k);
        }
        assertEquals(1.584962500721156, Libm.log2(3.0));
        assertEquals(3.321928094887362, Libm.log2(10.0));
    }

    @Test
    void log10IsExactForPowersOfTen() {
        for (int k = -300; k <= 300; k++) {
            assertEquals(k, Libm.log10(Double.parseDouble("1e" + k)), "1e" + k);
        }
        assertEquals(0.3010299956639812, Libm.log10(2.0));
    }

    @Test
    void hyperbolic() {
        assertEquals(1.1752011936438014, Libm.sinh(1.0));
        assertEquals(1.5430806348152437, Libm.cosh(1.0));
        assertEquals(Double.POSITIVE_INFINITY, Libm.cosh(1000.0));
        assertEquals(-0.0, Libm.sinh(-0.0));
        assertEquals(0.881373587019543, InverseHyperbolic.asinh(1.0));
        assertEquals(1.3169578969248166, InverseHyperbolic.acosh(2.0));
        assertEquals(0.5493061443340548, InverseHyperbolic.atanh(0.5));
        assertEquals(Double.POSITIVE_INFINITY, InverseHyperbolic.atanh(1.0));
    }

    @Test
    void arctangentIsCorrectlyRounded() {
        assertEquals(0.7853981633974483, Arctangent.atan(1.0));
        assertEquals(1.1071487177940904, Arctangent.atan(2.0));
        assertEquals(1.4316648686984499, Arctangent.atan(7.141010022676083));
        assertEquals(0.5235987755982989, Arctangent.asin(0.5));
        assertEquals(1.0471975511965979, Arctangent.acos(0.5));
        assertEquals(Math.PI, Arctangent.acos(-1.0));
        assertEquals(2.356194490192345, RealFunctions.atan2(1.0, -1.0));
        assertEquals(-0.0, RealFunctions.atan2(-0.0, 1.0));
        assertEquals(Math.PI, RealFunctions.atan2(0.0, -0.0));
        assertEquals(5e-324, RealFunctions.atan2(5e-324, 1.0));
    }

    @Test
    void bigIntFrexp() {
        long[] e = new long[1];
        double m = LogFunctions.frexp(BigInteger.TEN.pow(400), e);
        assertEquals(1329, e[0]);
        assertEquals(0.8533668389533203, m);
        m = LogFunctions.frexp(BigInteger.ONE.shiftLeft(2000).subtract(BigInteger.ONE), e);
        assertEquals(0.5, m); // rounds up to 1.0, renormalized
        assertEquals(2001, e[0]);
    }

    @Test
    void fsumAndNorms() {
        assertEquals(1.0, SumFunctions.norm(new double[] {0.6, 0.8}));
        assertEquals(13.0, SumFunctions.norm(new double[] {3, 4, 12}));
        assertEquals(1.4142135623730951, SumFunctions.norm(new double[] {1, 1}));
        assertEquals(-0.0, FloatFunctions.fmod(-0.0, 1.0));
        assertEquals(Double.MIN_VALUE, FloatFunctions.ulp(0.0));
        assertEquals(Math.scalb(1.0, 971), FloatFunctions.ulp(Double.MAX_VALUE));
    }

    @Test
    void integerProducts() {
        assertEquals(BigInteger.valueOf(720), IntegerFunctions.product(BigInteger.valueOf(6), 5));
        assertEquals(BigInteger.ONE, IntegerFunctions.product(BigInteger.valueOf(6), 0));
        BigInteger f = BigInteger.ONE;
        for (int i = 2; i <= 100; i++) {
            f = f.multiply(BigInteger.valueOf(i));
        }
        assertEquals(f, IntegerFunctions.product(BigInteger.valueOf(100), 99));
    }
}
