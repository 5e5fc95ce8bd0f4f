/** Files as Python sees them: the runtime's {@code open()} wired to Truffle's file system. */
package pygil.interpreter.io;
