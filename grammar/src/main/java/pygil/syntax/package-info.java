/**
 * Compile-time errors: {@link pygil.syntax.PySyntaxError} mirrors CPython's {@code SyntaxError},
 * {@code IndentationError} and {@code TabError}, and knows how CPython 3.11 prints them.
 */
package pygil.syntax;
