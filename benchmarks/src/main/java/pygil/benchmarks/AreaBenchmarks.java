package pygil.benchmarks;

import java.util.concurrent.TimeUnit;

import org.graalvm.polyglot.Value;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * One benchmark per area of the interpreter; each invocation calls one function of
 * {@code areas.py} (its docstring says what it does) and returns its result, so nothing is
 * optimized away. The module is evaluated once per fork ({@link Level#Trial}), so parsing and
 * compiling to bytecode are not measured; with the JIT on, the warm-up iterations are when
 * Graal compiles the function. The forks must run with {@code ./pygil}'s JVM flags (see
 * {@code benchmarks/jmh.sh}): the setup refuses to measure {@code jit=on} anywhere but on the
 * optimized runtime, and {@code jit=off} anywhere but on the fallback runtime that
 * {@code ./pygil --jit=off} uses.
 *
 * <p>Short settings on purpose (a 2-core machine shared with others): one fork per benchmark
 * and mode, 12 x 1 s warm-up, 5 x 1 s measurement; about 6 minutes for all. The warm-up is
 * that long because Graal runs as Java code in the same JVM (no libgraal), warming itself up:
 * on 2 busy cores one compilation takes 1-3 s, and the slowest area (method calls: tier 1
 * and 2 of the function, its loop's OSR code and the method) is compiled only after about 8 s.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(1)
@Warmup(iterations = 12, time = 1)
@Measurement(iterations = 5, time = 1)
public class AreaBenchmarks {
    /** {@code on}: Graal compiles hot Python code; {@code off}: as {@code ./pygil --jit=off}. */
    @Param({"on", "off"})
    public String jit;

    private WorkloadModule module;
    private Value fibo;
    private Value whileLoop;
    private Value forLoop;
    private Value attributes;
    private Value methodCalls;
    private Value lists;
    private Value dicts;
    private Value strings;
    private Value generators;

    @Setup(Level.Trial)
    public void setUp() {
        boolean on = "on".equals(jit);
        module = new WorkloadModule(on);
        String expected = on ? WorkloadModule.OPTIMIZED_RUNTIME : WorkloadModule.FALLBACK_RUNTIME;
        if (!expected.equals(module.runtimeName())) {
            throw new IllegalStateException("jit=" + jit + " expects the Truffle runtime '" + expected + "' but runs on '"
                            + module.runtimeName() + "': run the forks with ./pygil's JVM flags (benchmarks/jmh.sh)");
        }
        fibo = module.function("fibo");
        whileLoop = module.function("while_loop");
        forLoop = module.function("for_loop");
        attributes = module.function("attributes");
        methodCalls = module.function("method_calls");
        lists = module.function("lists");
        dicts = module.function("dicts");
        strings = module.function("strings");
        generators = module.function("generators");
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        module.close();
    }

    @Benchmark
    public long fibo() {
        return fibo.execute().asLong();
    }

    @Benchmark
    public long whileLoop() {
        return whileLoop.execute().asLong();
    }

    @Benchmark
    public long forLoop() {
        return forLoop.execute().asLong();
    }

    @Benchmark
    public long attributes() {
        return attributes.execute().asLong();
    }

    @Benchmark
    public long methodCalls() {
        return methodCalls.execute().asLong();
    }

    @Benchmark
    public long lists() {
        return lists.execute().asLong();
    }

    @Benchmark
    public long dicts() {
        return dicts.execute().asLong();
    }

    @Benchmark
    public long strings() {
        return strings.execute().asLong();
    }

    @Benchmark
    public long generators() {
        return generators.execute().asLong();
    }
}
