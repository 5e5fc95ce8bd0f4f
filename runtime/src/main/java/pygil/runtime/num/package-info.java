/**
 * Python numeric semantics over plain Java values, independent of the object model.
 *
 * <p>Value representation: a Python {@code int} is a {@link java.lang.Long} when it fits in 64
 * bits and a {@link java.math.BigInteger} only when it does not (every method here returns
 * normalized results); {@code bool} is a {@link java.lang.Boolean} and is accepted wherever an
 * int is (True behaves as 1); {@code float} is a {@code double}/{@link java.lang.Double}.
 *
 * <p>All classes are static, stateless and thread-safe. Errors are raised with
 * {@link pygil.runtime.error.PyErrors} using CPython 3.11's messages.
 *
 * <ul>
 *   <li>{@link pygil.runtime.num.IntMath}: int arithmetic ({@code Objects/longobject.c}).</li>
 *   <li>{@link pygil.runtime.num.FloatMath}: float arithmetic, rounding and exact int/float
 *       comparison ({@code Objects/floatobject.c}).</li>
 *   <li>{@link pygil.runtime.num.NumericHash}: {@code hash()} of numbers, tuples and strings
 *       ({@code Python/pyhash.c}).</li>
 *   <li>{@link pygil.runtime.num.NumberParser}: {@code int(str, base)} and {@code float(str)}.</li>
 *   <li>{@link pygil.runtime.num.ComplexMath}: complex arithmetic, repr, hash and parsing
 *       ({@code Objects/complexobject.c}).</li>
 * </ul>
 */
package pygil.runtime.num;
