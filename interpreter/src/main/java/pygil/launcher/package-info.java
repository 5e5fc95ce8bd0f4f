/** The {@code pygil} command: options, the polyglot context, exit codes. */
package pygil.launcher;
