/**
 * Builtins that need the interpreter (the rest live in {@code pygil.runtime.builtins}):
 * {@code __import__}, {@code globals}, {@code exec}, and the {@code sys} module.
 */
package pygil.interpreter.builtins;
