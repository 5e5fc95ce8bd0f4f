package pygil.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Method;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.openjdk.jmh.annotations.Benchmark;

/**
 * Every JMH benchmark's Python workload runs under pygil (JIT off, so this stays quick) and
 * returns what CPython 3.11 returns for it; JMH itself never runs in {@code mvn verify}.
 * The expected values were printed by python3 for {@code areas.py}.
 */
public class BenchmarkSmokeTest {
    private static final Map<String, Long> EXPECTED = new TreeMap<>(Map.of(
                    "fibo", 75025L,
                    "while_loop", 899997L,
                    "for_loop", 11250075000L,
                    "attributes", 449998L,
                    "method_calls", 700000L,
                    "lists", 6666214027L,
                    "dicts", 10000349500L,
                    "strings", 388900L,
                    "generators", 333333333400000L));

    private static WorkloadModule module;

    @BeforeAll
    static void evalModule() {
        module = new WorkloadModule(false);
    }

    @AfterAll
    static void close() {
        module.close();
    }

    static Iterable<String> areas() {
        return EXPECTED.keySet();
    }

    @ParameterizedTest
    @MethodSource("areas")
    void workloadReturnsCPythonsResult(String area) {
        assertEquals(EXPECTED.get(area), module.function(area).execute().asLong());
    }

    /** Each {@code @Benchmark} method calls the function named after it (camelCase to snake_case), which is checked above. */
    @Test
    void everyBenchmarkHasAnExpectedResult() {
        for (Method m : AreaBenchmarks.class.getDeclaredMethods()) {
            if (m.isAnnotationPresent(Benchmark.class)) {
                String area = m.getName().replaceAll("([A-Z])", "_$1").toLowerCase(Locale.ROOT);
                assertTrue(EXPECTED.containsKey(area), m.getName() + " has no expected result");
            }
        }
    }

    @Test
    void runsOnTheOptimizedRuntime() {
        assertEquals(WorkloadModule.OPTIMIZED_RUNTIME, module.runtimeName());
    }
}
