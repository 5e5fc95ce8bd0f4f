package pygil.runtime.num;

import java.math.BigInteger;

/**
 * Python's {@code hash()} for numbers, tuples and strings; mirrors CPython's
 * {@code Python/pyhash.c} ({@code _Py_HashDouble}), {@code long_hash} and {@code tuplehash}
 * (3.8+ xxHash-based) for a 64-bit build.
 *
 * <p>Numbers hash to their value modulo the Mersenne prime {@code 2**61 - 1} (with sign), so
 * {@code hash(1) == hash(1.0) == hash(True)} and {@code hash(2**61) == hash(float(2**61))};
 * {@code -1} is reserved and becomes {@code -2}. Infinities hash to {@code ±314159}.
 * Since CPython 3.10 a NaN hashes by identity; here it is {@link System#identityHashCode} of the
 * boxed value given to {@link #hashDouble(double, Object)} / {@link #hash(Object)}.
 *
 * <p>String hashes are randomized per process in CPython and so cannot be reproduced; ours is a
 * fixed (unsalted) 64-bit hash, see {@link #hashString}. Static, stateless and thread-safe.
 */
public final class NumericHash {
    private NumericHash() {}

    /** Number of bits of the modulus ({@code _PyHASH_BITS}). */
    public static final int BITS = 61;
    /** The modulus {@code 2**61 - 1} ({@code _PyHASH_MODULUS}). */
    public static final long MODULUS = (1L << BITS) - 1;
    /** {@code hash(float('inf'))} ({@code _PyHASH_INF}). */
    public static final long INF = 314159;

    private static final BigInteger BIG_MODULUS = BigInteger.valueOf(MODULUS);
    private static final long XXPRIME_1 = 0x9E3779B185EBCA87L; // 11400714785074694791
    private static final long XXPRIME_2 = 0xC2B2AE3D27D4EB4FL; // 14029467366897019727
    private static final long XXPRIME_5 = 0x27D4EB2F165667C5L; // 2870177450012600261

    /** {@code hash(v)} for an int. */
    public static long hash(long v) {
        long h;
        if (v >= 0) {
            h = v % MODULUS;
        } else {
            h = -Long.remainderUnsigned(-v, MODULUS); // -v is 2**63 as unsigned for Long.MIN_VALUE
        }
        return h == -1 ? -2 : h;
    }

    /** {@code hash(v)} for an int of any size. */
    public static long hash(BigInteger v) {
        if (v.bitLength() < 64) {
            return hash(v.longValue());
        }
        long h = v.abs().mod(BIG_MODULUS).longValue();
        if (v.signum() < 0) {
            h = -h;
        }
        return h == -1 ? -2 : h;
    }

    /** {@code hash(b)} for a bool: 1 or 0. */
    public static long hash(boolean b) {
        return b ? 1 : 0;
    }

    /**
     * {@code hash(v)} for a float ({@code _Py_HashDouble}); {@code identity} is the object whose
     * identity hash is used when {@code v} is a NaN (the boxed float).
     */
    public static long hashDouble(double v, Object identity) {
        if (Double.isNaN(v)) {
            return System.identityHashCode(identity);
        } else if (Double.isInfinite(v)) {
            return v > 0 ? INF : -INF;
        } else if (v == 0.0) {
            return 0;
        }
        // v = sign * mant * 2**exp with an integral 53-bit mant; 2**61 == 1 (mod MODULUS), so
        // multiplying by 2**exp is a rotation of a 61-bit value by (exp mod 61).
        long bits = Double.doubleToRawLongBits(v);
        int biased = (int) ((bits >>> 52) & 0x7FF);
        long mant = bits & ((1L << 52) - 1);
        int exp;
        if (biased == 0) {
            exp = -1074;
        } else {
            mant |= 1L << 52;
            exp = biased - 1075;
        }
        int e = Math.floorMod(exp, BITS);
        long x = ((mant << e) & MODULUS) | (mant >>> (BITS - e));
        if (v < 0) {
            x = -x;
        }
        return x == -1 ? -2 : x;
    }

    /**
     * {@code hash(o)} for a number given as a Java value: Long, Integer, BigInteger, Boolean or
     * Double (a NaN hashes by the identity of the given Double).
     */
    public static long hash(Object o) {
        if (o instanceof Long l) {
            return hash((long) l);
        } else if (o instanceof Double d) {
            return hashDouble(d, d);
        } else if (o instanceof Boolean b) {
            return hash((boolean) b);
        } else if (o instanceof BigInteger b) {
            return hash(b);
        } else if (o instanceof Integer i) {
            return hash((long) i);
        }
        throw new IllegalArgumentException("not a Python number: " + (o == null ? "null" : o.getClass().getName()));
    }

    /**
     * {@code hash(t)} for a tuple, from the hashes of its items ({@code tuplehash}, the
     * xxHash-based algorithm of CPython 3.8+): equals CPython's value on a 64-bit build whenever
     * the item hashes do (for instance for tuples of numbers).
     */
    public static long hashTuple(long[] itemHashes) {
        long acc = XXPRIME_5;
        for (long lane : itemHashes) {
            acc += lane * XXPRIME_2;
            acc = Long.rotateLeft(acc, 31);
            acc *= XXPRIME_1;
        }
        acc += itemHashes.length ^ (XXPRIME_5 ^ 3527539L);
        return acc == -1 ? 1546275796 : acc;
    }

    /**
     * {@code hash(s)} for a str. CPython randomizes string hashes per process (SipHash with a
     * random key), so no fixed value can match it; ours is deterministic: the empty string hashes
     * to 0 like CPython, other strings spread Java's {@code String.hashCode()} to 64 bits.
     * Java caches that hash in the string, so looking up the same name again (globals,
     * attributes, keyword arguments) costs no rehashing. Strings equal in Python are equal as
     * Java strings, so equal strings hash equally. Never returns -1.
     */
    public static long hashString(String s) {
        int j = s.hashCode();
        if (j == 0 && s.isEmpty()) {
            return 0;
        }
        // the splitmix64 finalizer over the 32-bit hash and the length
        long h = (j & 0xFFFFFFFFL) ^ ((long) s.length() << 32) ^ XXPRIME_1;
        h ^= h >>> 30;
        h *= 0xBF58476D1CE4E5B9L;
        h ^= h >>> 27;
        h *= 0x94D049BB133111EBL;
        h ^= h >>> 31;
        return h == -1 ? -2 : h;
    }
}
