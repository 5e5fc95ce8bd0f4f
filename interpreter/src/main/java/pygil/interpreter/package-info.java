/**
 * The pygil language: {@link pygil.interpreter.PyLanguage} (the Truffle language and a tour of
 * the implementation) and {@link pygil.interpreter.PyContext} (one interpreter's state).
 */
package pygil.interpreter;
