/**
 * The object model: {@link pygil.runtime.object.PyObject} and the builtin object kinds (types,
 * instances, containers, functions, code, cells, modules, descriptors). Values that are not
 * {@code PyObject}s: {@code Long}/{@code BigInteger} (int), {@code Boolean} (bool),
 * {@code Double} (float), {@code String} (str); they are immortal. Behaviour (attribute
 * protocol, operators, calls) lives in {@code pygil.runtime.ops} and {@code pygil.runtime.call};
 * this package holds representation and reference-count bookkeeping.
 */
package pygil.runtime.object;
