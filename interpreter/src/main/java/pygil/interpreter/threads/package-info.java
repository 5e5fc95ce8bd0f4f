/**
 * Threads: the {@code _thread} module (Truffle threads that run Python callables under the GIL)
 * and its lock type. {@code threading} is written in Python on top of it.
 */
package pygil.interpreter.threads;
