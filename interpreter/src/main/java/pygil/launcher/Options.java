package pygil.launcher;

import java.util.ArrayList;
import java.util.List;

/**
 * The command line, parsed the way CPython parses its own: interpreter options first, then
 * {@code -c command} or a script path, then the program's arguments (which become
 * {@code sys.argv[1:]} untouched).
 */
final class Options {
    boolean jit = true;
    /** null: not given on the command line (PYTHON_GIL, then the default, decide). */
    Boolean gil;
    /** {@code -X gil=...} given: it wins over PYTHON_GIL. */
    Boolean xGil;
    String switchInterval;
    String switchPoints;
    boolean unbuffered;
    boolean dis;
    boolean ast;
    boolean help;
    boolean version;
    String command;
    String script;
    final List<String> programArgs = new ArrayList<>();
    /** Non-null when the command line is wrong: the message to print before the usage line. */
    String error;

    static Options parse(String[] args) {
        Options o = new Options();
        int i = 0;
        while (i < args.length) {
            String a = args[i];
            if (a.equals("-c")) {
                if (i + 1 >= args.length) {
                    o.error = "Argument expected for the -c option";
                    return o;
                }
                o.command = args[i + 1];
                i += 2;
                break;
            } else if (a.equals("-h") || a.equals("--help")) {
                o.help = true;
                return o;
            } else if (a.equals("-V") || a.equals("--version")) {
                o.version = true;
                return o;
            } else if (a.startsWith("--jit=")) {
                String v = a.substring("--jit=".length());
                if (!v.equals("on") && !v.equals("off")) {
                    o.error = "invalid value for --jit: '" + v + "' (expected on or off)";
                    return o;
                }
                o.jit = v.equals("on");
                i++;
            } else if (a.startsWith("--host-jit=")) {
                // the JVM flag is the ./pygil script's business (it must be given before the JVM
                // starts); here the value is only checked
                String v = a.substring("--host-jit=".length());
                if (!v.equals("c1") && !v.equals("c2")) {
                    o.error = "invalid value for --host-jit: '" + v + "' (expected c1 or c2)";
                    return o;
                }
                i++;
            } else if (a.startsWith("--gil=")) {
                String v = a.substring("--gil=".length());
                if (!v.equals("on") && !v.equals("off")) {
                    o.error = "invalid value for --gil: '" + v + "' (expected on or off)";
                    return o;
                }
                o.gil = v.equals("on");
                i++;
            } else if (a.equals("-X") || a.startsWith("-X")) {
                String x = a.equals("-X") ? (i + 1 < args.length ? args[i + 1] : "") : a.substring(2);
                i += a.equals("-X") ? 2 : 1;
                if (x.equals("gil=0") || x.equals("gil=1")) {
                    o.xGil = x.equals("gil=1");
                } else if (x.startsWith("gil=")) {
                    o.error = "-X gil=" + x.substring(4) + " is not supported: use -X gil=0 or -X gil=1";
                    return o;
                }
                // other -X options are accepted and ignored, as CPython does for unknown ones
            } else if (a.startsWith("--switch-interval=")) {
                o.switchInterval = a.substring("--switch-interval=".length());
                try {
                    if (!(Double.parseDouble(o.switchInterval) > 0)) {
                        o.error = "--switch-interval must be a positive number of seconds";
                        return o;
                    }
                } catch (NumberFormatException e) {
                    o.error = "invalid value for --switch-interval: '" + o.switchInterval + "'";
                    return o;
                }
                i++;
            } else if (a.startsWith("--switch-points=")) {
                o.switchPoints = a.substring("--switch-points=".length());
                if (!o.switchPoints.equals("calls") && !o.switchPoints.equals("instruction")) {
                    o.error = "invalid value for --switch-points: '" + o.switchPoints + "' (expected calls or instruction)";
                    return o;
                }
                i++;
            } else if (a.equals("--dis")) {
                o.dis = true;
                i++;
            } else if (a.equals("--ast")) {
                o.ast = true;
                i++;
            } else if (a.equals("-u")) {
                o.unbuffered = true;
                i++;
            } else if (a.equals("-B") || a.equals("-s") || a.equals("-S") || a.equals("-E")) {
                i++; // accepted for compatibility: no effect in pygil
            } else if (a.startsWith("-") && !a.equals("-")) {
                o.error = "unknown option " + a;
                return o;
            } else {
                o.script = a;
                i++;
                break;
            }
        }
        while (i < args.length) {
            o.programArgs.add(args[i++]);
        }
        return o;
    }

    /**
     * Whether the GIL is on: {@code -X gil} wins over {@code --gil}, which wins over the
     * {@code PYTHON_GIL} environment variable (0 or 1), as in free-threaded CPython.
     */
    Boolean gilSetting(String pythonGilEnv) {
        if (xGil != null) {
            return xGil;
        }
        if (gil != null) {
            return gil;
        }
        if ("0".equals(pythonGilEnv)) {
            return false;
        }
        if ("1".equals(pythonGilEnv)) {
            return true;
        }
        return null;
    }
}
