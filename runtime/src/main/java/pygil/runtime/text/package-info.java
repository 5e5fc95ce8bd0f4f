/**
 * Python text semantics over Java {@link java.lang.String}s: reprs, the format-spec
 * mini-language, printf-style {@code %} formatting, str methods, codecs and slicing.
 *
 * <p>A Python {@code str} is a Java {@code String}. Java strings are UTF-16; a supplementary
 * character (a surrogate pair) is one Python character. Methods that deal in character positions
 * or counts ({@code len}-like widths, indices returned by {@code find}, slice indices, padding)
 * count code points, with a fast path for the common case of strings without surrogates. A
 * lone surrogate stands for itself (Python allows them in str); two adjacent lone surrogates that
 * form a valid pair cannot be told from the supplementary character they encode.
 *
 * <p>Unicode properties come from {@link java.lang.Character} (the JDK's Unicode version), except
 * the tables in {@code UnicodeData} generated from CPython 3.11's {@code unicodedata} (Unicode
 * 14.0). All classes are static, stateless and thread-safe; errors are raised through
 * {@link pygil.runtime.error.PyErrors} with CPython 3.11's messages.
 *
 * <ul>
 *   <li>{@link pygil.runtime.text.FloatRepr}, {@link pygil.runtime.text.DoubleFormat}: float to text.</li>
 *   <li>{@link pygil.runtime.text.FormatSpec}: {@code format()} / f-string specs.</li>
 *   <li>{@link pygil.runtime.text.PercentFormat}: {@code str % args}.</li>
 *   <li>{@link pygil.runtime.text.StrRepr}: {@code repr()} / {@code ascii()} of str and bytes.</li>
 *   <li>{@link pygil.runtime.text.StrMethods}, {@link pygil.runtime.text.StrCase},
 *       {@link pygil.runtime.text.StrCodecs}: the methods of {@code str}.</li>
 *   <li>{@link pygil.runtime.text.Slices}: slice and index normalization.</li>
 * </ul>
 */
package pygil.runtime.text;
