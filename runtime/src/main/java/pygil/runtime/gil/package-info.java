/**
 * The global interpreter lock: CPython's new-GIL algorithm ({@link pygil.runtime.gil.Gil}),
 * each thread's side of it ({@link pygil.runtime.gil.GilThread}) and its counters.
 */
package pygil.runtime.gil;
