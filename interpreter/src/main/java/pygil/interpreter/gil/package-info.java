/**
 * The GIL in the interpreter: which thread takes it when, and how a drop request reaches the
 * thread holding it (a Truffle thread-local action, run at the holder's next safepoint poll).
 */
package pygil.interpreter.gil;
