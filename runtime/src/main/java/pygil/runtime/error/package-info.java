/**
 * Python exceptions: the carrier {@link pygil.runtime.error.PyException} (a Truffle exception),
 * the exception objects ({@link pygil.runtime.error.PyBaseException}), the builtin exception
 * classes ({@link pygil.runtime.error.ExceptionTypes}) and the factories Java code uses to raise
 * them ({@link pygil.runtime.error.PyErrors}).
 */
package pygil.runtime.error;
