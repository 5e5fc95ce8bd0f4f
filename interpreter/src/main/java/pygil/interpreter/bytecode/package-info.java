/**
 * The bytecode VM: {@link pygil.interpreter.bytecode.PyBytecodeRootNode} declares pygil's
 * instruction set with the Truffle Bytecode DSL (one generated interpreter, JIT-compiled by
 * Graal), and the helpers here implement the instructions that need frame access: locals with
 * reference counting, cells, globals, calls, iteration, exceptions and generators.
 */
package pygil.interpreter.bytecode;
