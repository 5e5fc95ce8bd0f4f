/**
 * JMH benchmarks of pygil with the JIT on and off: {@link pygil.benchmarks.AreaBenchmarks}
 * calls one Python function per area ({@code areas.py}) through the polyglot API, after
 * {@link pygil.benchmarks.WorkloadModule} has evaluated that module once per fork, so that
 * only steady-state guest execution is measured. Run them with {@code benchmarks/jmh.sh}.
 */
package pygil.benchmarks;
