/**
 * The builtin iterator objects (list, tuple, str, range, dict, set iterators; enumerate, zip,
 * map, filter, reversed, callable and sequence iterators). All implement
 * {@link pygil.runtime.ops.PyIterator} and hold counted references to their sources.
 */
package pygil.runtime.iterators;
