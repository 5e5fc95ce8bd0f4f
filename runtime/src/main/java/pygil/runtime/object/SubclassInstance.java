package pygil.runtime.object;

/**
 * An instance of a user class whose solid base is a builtin type implemented by a Java class
 * that can be extended ({@code list}, {@code dict}, {@code tuple}, {@code bytes}, {@code set},
 * {@code frozenset}, {@code complex}): the builtin code treats it as the builtin object, as
 * CPython's {@code Py*_Check} accepts subclasses, and the attribute protocol works on the
 * {@link SubclassState} each such class keeps.
 */
public interface SubclassInstance extends HasAttributes {
    SubclassState subclassState();

    @Override
    default Object getAttribute(String name) {
        PyDict d = subclassState().dictIfPresent();
        return d == null ? null : d.getString(name);
    }

    @Override
    default void setAttribute(String name, Object value) {
        subclassState().dict().putString(name, value);
    }

    @Override
    default boolean deleteAttribute(String name) {
        PyDict d = subclassState().dictIfPresent();
        return d != null && d.delItem(name);
    }

    @Override
    default PyDict getDict() {
        return subclassState().dict();
    }
}
