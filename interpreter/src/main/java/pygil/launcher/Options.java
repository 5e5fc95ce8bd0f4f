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
            } else if (a.equals("-u") || a.equals("-B") || a.equals("-s") || a.equals("-S") || a.equals("-E")) {
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
}
