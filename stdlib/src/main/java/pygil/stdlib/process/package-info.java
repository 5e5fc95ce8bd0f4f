/**
 * Child processes and pipes: {@code _subprocess} (the core of {@code subprocess.py}), the
 * process calls of {@code os}, and signal numbers. Children are JVM {@link java.lang.Process}es;
 * pipe descriptors are pygil's own numbers over Java streams ({@link pygil.stdlib.process.FdTable}).
 */
package pygil.stdlib.process;
