package pygil.runtime.object;

/**
 * An instance of a user class deriving from {@code int}, {@code float} or {@code str}
 * (Equivalent of a CPython heap-type instance whose solid base is {@code PyLong_Type},
 * {@code PyFloat_Type} or {@code PyUnicode_Type}): the immutable builtin value plus the class
 * and the instance attributes of {@link PyInstance}.
 *
 * <p>The builtin values themselves are plain Java values ({@code Long}/{@code BigInteger},
 * {@code Double}, {@code String}) that cannot be subclassed, so a subclass instance wraps one.
 * It is deliberately <em>not</em> a {@code Long}/{@code Double}/{@code String}: the
 * interpreter's fast paths, which test for those Java classes, do not match it and fall to the
 * generic protocol ({@code pygil.runtime.ops}), which finds the type's methods. The builtin
 * methods of {@code int}, {@code float} and {@code str} receive {@link #value} as {@code self}
 * (see {@code Methods}), and the protocol layer uses {@link #unwrap} wherever CPython accepts
 * a subclass instance as its base value ({@code PyLong_Check}, {@code PyUnicode_Check}, ...):
 * in the builtin operators, in argument conversion and in dict keys.
 *
 * <p>Subclasses of {@code tuple}, {@code bytes}, {@code set}, {@code frozenset} and
 * {@code complex} do not need this: their Java classes are extended instead
 * ({@link PyTupleSub}, ...), like {@link PyListSub}.
 */
public final class PyValueSub extends PyInstance {
    /** The builtin value: a {@code Long} or {@code BigInteger}, a {@code Double} or a {@code String}. */
    public final Object value;

    /** {@code value} must be a normalized int (no Boolean), a Double or a String. */
    public PyValueSub(PyType type, Object value) {
        super(type);
        this.value = value;
    }

    /** The builtin value of a subclass instance, or {@code o} itself for any other value. */
    public static Object unwrap(Object o) {
        return o instanceof PyValueSub v ? v.value : o;
    }

    /**
     * {@code args} with every subclass instance replaced by its value (the array itself when
     * there is none), from index {@code from} on.
     */
    public static Object[] unwrapAll(Object[] args, int from) {
        Object[] out = args;
        for (int i = from; i < args.length; i++) {
            if (args[i] instanceof PyValueSub v) {
                if (out == args) {
                    out = args.clone();
                }
                out[i] = v.value;
            }
        }
        return out;
    }
}
