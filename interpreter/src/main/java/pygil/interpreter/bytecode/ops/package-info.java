/**
 * Instructions with only dynamic operands, proxied into the bytecode interpreter
 * ({@code @OperationProxy}): identity and membership tests, raising and matching exceptions,
 * and the with statement. Each delegates to the bytecode package's helpers.
 */
package pygil.interpreter.bytecode.ops;
