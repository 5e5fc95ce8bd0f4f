package pygil.runtime.object;

/**
 * An object with per-instance attribute storage (a {@code __dict__}): user-class instances,
 * functions, modules, exceptions, list/dict subclass instances.
 */
public interface HasAttributes {
    /** The attribute, or null if absent. */
    Object getAttribute(String name);

    void setAttribute(String name, Object value);

    /** False if absent. */
    boolean deleteAttribute(String name);

    /** The {@code __dict__} (created on demand; stays consistent with the accessors above). */
    PyDict getDict();
}
