/**
 * The object model: {@link pygil.runtime.object.PyObject} and the builtin object kinds (types,
 * instances, containers, functions, code, cells, modules, descriptors). Values that are not
 * {@code PyObject}s: {@code Long}/{@code BigInteger} (int), {@code Boolean} (bool),
 * {@code Double} (float), {@code String} (str); they are immortal. Instances of user
 * subclasses of int, float and str are {@link pygil.runtime.object.PyValueSub}s wrapping such a
 * value; subclasses of list, dict, tuple, bytes, set, frozenset and complex extend the Java class
 * ({@link pygil.runtime.object.PyListSub}, {@link pygil.runtime.object.PyTupleSub}, ...). Behaviour (attribute
 * protocol, operators, calls) lives in {@code pygil.runtime.ops} and {@code pygil.runtime.call};
 * this package holds representation and reference-count bookkeeping.
 */
package pygil.runtime.object;
