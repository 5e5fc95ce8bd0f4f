/**
 * The {@code time} module (CPython's {@code Modules/timemodule.c}):
 * {@link pygil.stdlib.time.TimeModule} registers it; {@link pygil.stdlib.time.Clocks} are the
 * clocks and {@code sleep}, {@link pygil.stdlib.time.StructTime} the {@code time.struct_time}
 * type, {@link pygil.stdlib.time.BrokenDownTime} the C {@code struct tm} and its conversions,
 * and {@link pygil.stdlib.time.TimeFormat} {@code strftime}.
 */
package pygil.stdlib.time;
