package pygil.interpreter;

import org.graalvm.options.OptionCategory;
import org.graalvm.options.OptionKey;
import org.graalvm.options.OptionStability;

import com.oracle.truffle.api.Option;

/**
 * The interpreter's options ({@code --pygil.Name=value} on the polyglot API; the launcher maps
 * {@code --gil}, {@code -X gil}, {@code PYTHON_GIL}, {@code --switch-interval} and
 * {@code --switch-points} onto them).
 */
@Option.Group(PyLanguage.ID)
public final class PyOptions {
    private PyOptions() {}

    @Option(name = "GIL", help = "Run with the global interpreter lock (default: true).", category = OptionCategory.USER, stability = OptionStability.STABLE) //
    public static final OptionKey<Boolean> GIL = new OptionKey<>(true);

    @Option(name = "SwitchInterval", help = "The GIL's switch interval in seconds (default: 0.005).", category = OptionCategory.USER, stability = OptionStability.STABLE) //
    public static final OptionKey<Double> SWITCH_INTERVAL = new OptionKey<>(0.005);

    @Option(name = "Unbuffered", help = "Unbuffered stdout and stderr, as python -u or PYTHONUNBUFFERED (default: false).", category = OptionCategory.USER, stability = OptionStability.STABLE) //
    public static final OptionKey<Boolean> UNBUFFERED = new OptionKey<>(false);

    @Option(name = "Dis", help = "Print the bytecode of the program's code objects instead of running it (default: false).", category = OptionCategory.USER, stability = OptionStability.STABLE) //
    public static final OptionKey<Boolean> DIS = new OptionKey<>(false);

    @Option(name = "Ast", help = "Print the program's abstract syntax tree instead of running it (default: false).", category = OptionCategory.USER, stability = OptionStability.STABLE) //
    public static final OptionKey<Boolean> AST = new OptionKey<>(false);

    @Option(name = "SwitchPoints", help = "Where the GIL holder honours drop requests: 'calls' (CPython 3.10+: loop back-edges, "
                    + "function entry, calls) or 'instruction' (CPython 3.9 and earlier: between instructions) (default: calls).", //
                    category = OptionCategory.USER, stability = OptionStability.STABLE, usageSyntax = "calls|instruction") //
    public static final OptionKey<String> SWITCH_POINTS = new OptionKey<>("calls");

    @Option(name = "OwnsProcess", help = "The program owns the JVM process (the launcher): child processes inherit the real standard streams "
                    + "and SIGINT raises KeyboardInterrupt (default: false, for embedders).", category = OptionCategory.USER, stability = OptionStability.STABLE) //
    public static final OptionKey<Boolean> OWNS_PROCESS = new OptionKey<>(false);

    @Option(name = "ThreadPrivateCode", help = "Without the GIL, each thread runs its own copy of each function's bytecode, so that interpreter "
                    + "profiles are not shared between cores (default: on the interpreter-only runtime, i.e. ./pygil --jit=off --gil=off).", //
                    category = OptionCategory.EXPERT, stability = OptionStability.EXPERIMENTAL) //
    public static final OptionKey<Boolean> THREAD_PRIVATE_CODE = new OptionKey<>(false);
}
