package pygil.ast;

import java.util.ArrayList;
import java.util.List;

/**
 * Text form of an AST identical to CPython 3.11's {@code ast.dump}: CPython's class and field
 * names and order, optional fields left out when absent, Python reprs for constants, and the same
 * line breaking when an indent is given. With {@code includeAttributes} the positions are added
 * as {@code lineno}, {@code col_offset}, {@code end_lineno} and {@code end_col_offset}.
 */
public final class AstDump {

    private AstDump() {}

    /** {@code ast.dump(tree)}. */
    public static String dump(Node node) {
        return dump(node, null, false);
    }

    /** {@code ast.dump(tree, indent=indent)}. */
    public static String dump(Node node, int indent) {
        return dump(node, " ".repeat(indent), false);
    }

    /** {@code ast.dump(tree, indent=indent, include_attributes=...)}; a null indent is one line. */
    public static String dump(Node node, String indent, boolean includeAttributes) {
        Object tree = DumpTree.of(node, includeAttributes);
        return new AstDump.Formatter(indent).format(tree, 0).text;
    }

    /** A node as CPython's dump sees it: class name and the fields to print, in order. */
    record DNode(String cls, List<String> names, List<Object> values) {}

    /** A value already rendered with Python's repr. */
    record Repr(String text) {}

    private record Out(String text, boolean simple) {}

    private static final class Formatter {
        private final String indent;

        Formatter(String indent) {
            this.indent = indent;
        }

        Out format(Object v, int level) {
            String prefix;
            String sep;
            if (indent != null) {
                level++;
                prefix = "\n" + indent.repeat(level);
                sep = ",\n" + indent.repeat(level);
            } else {
                prefix = "";
                sep = ", ";
            }
            if (v instanceof DNode n) {
                List<String> args = new ArrayList<>();
                boolean allSimple = true;
                for (int i = 0; i < n.names().size(); i++) {
                    Out o = format(n.values().get(i), level);
                    allSimple &= o.simple();
                    args.add(n.names().get(i) + "=" + o.text());
                }
                if (allSimple && args.size() <= 3) {
                    return new Out(n.cls() + "(" + String.join(", ", args) + ")", args.isEmpty());
                }
                return new Out(n.cls() + "(" + prefix + String.join(sep, args) + ")", false);
            }
            if (v instanceof List<?> list) {
                if (list.isEmpty()) {
                    return new Out("[]", true);
                }
                List<String> parts = new ArrayList<>();
                for (Object x : list) {
                    parts.add(format(x, level).text());
                }
                return new Out("[" + prefix + String.join(sep, parts) + "]", false);
            }
            return new Out(((Repr) v).text(), true);
        }
    }
}
