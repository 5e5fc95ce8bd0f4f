/**
 * The bytecode VM: {@link pygil.interpreter.bytecode.PyBytecodeRootNode} declares pygil's
 * instruction set with the Truffle Bytecode DSL (one generated interpreter, JIT-compiled by
 * Graal), and the helpers here implement the instructions that need frame access: locals with
 * reference counting, cells, globals, calls, iteration, exceptions and generators.
 *
 * <h2>Pitfalls found while building this (Truffle 25.0.4; keep them in mind)</h2>
 * <ul>
 * <li>The uncached interpreter tier is off: a generator suspended while its code ran in the
 * uncached tier and resumed after the switch to the cached tier read null from a local that
 * held a cell (an NPE in {@code LoadDeref}, reproduced with a generator expression called in a
 * loop). With the cached tier only, it does not happen.</li>
 * <li>No Java {@code ThreadLocal} on a fast path: partial evaluation inlines
 * {@code ThreadLocal.get()}; doing it at frame entry and exit made a one-line function compile
 * to 7,353 IR nodes instead of 294. The thread state comes from a {@code ContextThreadLocal}
 * ({@code PyLanguage.threadState()}) and is kept in a frame slot.</li>
 * <li>Loops over a {@code LocalRangeAccessor} need {@code @ExplodeLoop} (the offset must be a
 * PE constant), or compilation bails out and the code stays interpreted.</li>
 * <li>Guards that read mutable state (a dict's version) must be {@code @NonIdempotent}; the
 * DSL otherwise assumes they cannot change (an assertion error with {@code -ea}).</li>
 * <li>With the uncached tier off, a generator's continuation roots keep pointing at the root's
 * first (uninitialized) bytecode node after the switch to the cached tier; compiled, every resume
 * deoptimizes ("deopt taken too many times"). {@code ContinuationLocations} re-points them
 * before a resume.</li>
 * <li>Storing null into a local the DSL has typed as long/double (or never typed) changes its
 * tag and invalidates compiled code (an OSR-compiled loop deoptimized at its exit when the
 * loop's unused item slot was cleared); clear only slots that hold something.</li>
 * <li>Constant operands cannot be null, and call targets cannot be requested before the whole
 * parse is complete (the compiler sets them afterwards).</li>
 * </ul>
 * {@code JitCompilationTest} compiles every kind of instruction with compilation failures made
 * fatal, so a bailout shows up as a test failure rather than as a slow program.
 */
package pygil.interpreter.bytecode;
