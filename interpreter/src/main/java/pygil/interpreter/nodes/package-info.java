/**
 * Operator nodes proxied into the bytecode interpreter ({@code @OperationProxy}): arithmetic,
 * comparisons and truth tests. Each has fast paths for the builtin types (the equivalent of
 * CPython's specialized instructions such as {@code BINARY_OP_ADD_INT}) and a generic fallback
 * into the runtime's protocol layer ({@code pygil.runtime.ops}), which implements the full
 * dunder dispatch.
 */
package pygil.interpreter.nodes;
