package pygil.launcher;

/** The text of {@code pygil --help}. */
final class Help {
    private Help() {}

    static final String TEXT = """
                    usage: pygil [option] ... [-c cmd | file] [arg] ...
                    Runs a Python 3 program on pygil, a JVM runtime built to study CPython's GIL.

                    Options:
                      -c cmd         program passed in as a string (terminates the option list)
                      file           program read from a script file (terminates the option list)
                      arg ...        arguments passed to the program in sys.argv[1:]
                      --jit=on|off   Graal JIT compilation (default on); off is a pure interpreter
                                     with a CPython-like cost model
                      --host-jit=c1|c2
                                     how the JVM compiles pygil itself (interpreter, builtins,
                                     Graal): c2 (default) for peak speed, c1 for runs of a few
                                     seconds (less compilation competing for the cores)
                      --gil=on|off   run with or without the global interpreter lock (default on;
                                     also -X gil=1|0, which wins, and PYTHON_GIL=1|0)
                      --switch-interval=SECONDS
                                     the GIL's switch interval (default 0.005, as CPython)
                      --switch-points=calls|instruction
                                     where a thread holding the GIL honours a request to drop
                                     it: loop back-edges, function entry and calls (CPython
                                     3.10+, default) or between instructions (CPython <= 3.9)
                      -u             unbuffered stdout and stderr (also PYTHONUNBUFFERED=1)
                      --dis          print the bytecode of every code object instead of running
                      --ast          print the abstract syntax tree (as python -m ast) instead
                      -h, --help     print this help message and exit
                      -V, --version  print the version and exit

                    Exit status: 0 on success, 1 for an uncaught exception or a syntax error,
                    2 for bad usage or a missing script, or the code given to sys.exit().
                    """;
}
