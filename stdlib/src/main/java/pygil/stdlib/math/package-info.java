/**
 * The {@code math} module (CPython's {@code Modules/mathmodule.c}): {@link pygil.stdlib.math.MathModule}
 * registers it; the functions are grouped by kind ({@link pygil.stdlib.math.RealFunctions},
 * {@link pygil.stdlib.math.LogFunctions}, {@link pygil.stdlib.math.FloatFunctions},
 * {@link pygil.stdlib.math.IntegerFunctions}, {@link pygil.stdlib.math.SumFunctions},
 * {@link pygil.stdlib.math.SpecialFunctions}), with the conversions and errors of
 * {@code math_1}/{@code math_2} in {@link pygil.stdlib.math.MathErrors}. Results are meant to
 * print as CPython's on Linux: {@link pygil.stdlib.math.Libm} picks or builds each elementary
 * function after glibc's, and {@link pygil.stdlib.math.Arctangent} and
 * {@link pygil.stdlib.math.ErrorFunction} compute in {@link pygil.stdlib.math.DoubleDouble}
 * to be correctly rounded.
 */
package pygil.stdlib.math;
