package pygil.runtime.builtins;

import pygil.runtime.error.PyErrors;
import pygil.runtime.object.PyDict;
import pygil.runtime.ops.Attr;
import pygil.runtime.ops.Items;
import pygil.runtime.ops.Repr;

/**
 * {@code str.format} and {@code str.format_map} (Equivalent of CPython's
 * {@code Objects/stringlib/unicode_format.h}): literal text with {@code {{ }}} escapes and
 * replacement fields {@code {name.attr[key]!conv:spec}}, where the spec may itself contain
 * replacement fields (one level of nesting).
 */
public final class StrFormatter {
    private final Object[] args;
    /** A dict or any mapping for named fields (null when none). */
    private final Object kwargs;
    /** 0: not decided, 1: automatic numbering, 2: manual. */
    private int numbering;
    private int autoIndex;

    private StrFormatter(Object[] args, Object kwargs) {
        this.args = args;
        this.kwargs = kwargs;
    }

    /** {@code fmt.format(*args, **kwargs)}. */
    public static String format(String fmt, Object[] args, Object kwargs) {
        return new StrFormatter(args, kwargs).render(fmt, 2);
    }

    private String render(String fmt, int depth) {
        if (depth < 0) {
            throw PyErrors.valueError("Max string recursion exceeded");
        }
        StringBuilder out = new StringBuilder();
        int n = fmt.length();
        int i = 0;
        while (i < n) {
            char c = fmt.charAt(i);
            if (c == '}') {
                if (i + 1 < n && fmt.charAt(i + 1) == '}') {
                    out.append('}');
                    i += 2;
                    continue;
                }
                throw PyErrors.valueError("Single '}' encountered in format string");
            }
            if (c != '{') {
                out.append(c);
                i++;
                continue;
            }
            if (i + 1 < n && fmt.charAt(i + 1) == '{') {
                out.append('{');
                i += 2;
                continue;
            }
            if (i + 1 >= n) {
                throw PyErrors.valueError("Single '{' encountered in format string");
            }
            // Find the matching '}' (brackets nest inside the spec).
            int level = 1;
            int j = i + 1;
            boolean inBracket = false;
            while (j < n) {
                char d = fmt.charAt(j);
                if (d == '[' && !inBracket) {
                    inBracket = true;
                } else if (d == ']' && inBracket) {
                    inBracket = false;
                } else if (!inBracket && d == '{') {
                    level++;
                } else if (!inBracket && d == '}') {
                    level--;
                    if (level == 0) {
                        break;
                    }
                }
                j++;
            }
            if (j >= n) {
                throw PyErrors.valueError("expected '}' before end of string");
            }
            out.append(field(fmt.substring(i + 1, j), depth));
            i = j + 1;
        }
        return out.toString();
    }

    private String field(String f, int depth) {
        // Split "name!conv:spec": the name ends at the first '!' or ':' outside brackets.
        int k = 0;
        boolean inBracket = false;
        while (k < f.length()) {
            char c = f.charAt(k);
            if (c == '[') {
                inBracket = true;
            } else if (c == ']') {
                inBracket = false;
            } else if (!inBracket && (c == '!' || c == ':')) {
                break;
            }
            k++;
        }
        String name = f.substring(0, k);
        char conv = 0;
        String spec = "";
        if (k < f.length() && f.charAt(k) == '!') {
            if (k + 1 >= f.length()) {
                throw PyErrors.valueError("end of string while looking for conversion specifier");
            }
            conv = f.charAt(k + 1);
            k += 2;
            if (k < f.length() && f.charAt(k) != ':') {
                throw PyErrors.valueError("expected ':' after conversion specifier");
            }
        }
        if (k < f.length() && f.charAt(k) == ':') {
            spec = f.substring(k + 1);
        }
        Object value = lookup(name);
        if (conv != 0) {
            switch (conv) {
                case 'r':
                    value = Repr.repr(value);
                    break;
                case 's':
                    value = Repr.str(value);
                    break;
                case 'a':
                    value = Repr.ascii(value);
                    break;
                default:
                    throw PyErrors.valueError("Unknown conversion specifier " + conv);
            }
        }
        if (spec.indexOf('{') >= 0) {
            spec = render(spec, depth - 1);
        }
        return Repr.format(value, spec);
    }

    private Object lookup(String name) {
        int k = 0;
        while (k < name.length() && name.charAt(k) != '.' && name.charAt(k) != '[') {
            k++;
        }
        String first = name.substring(0, k);
        Object obj;
        if (first.isEmpty()) {
            if (numbering == 2) {
                throw PyErrors.valueError("cannot switch from manual field specification to automatic field numbering");
            }
            numbering = 1;
            obj = positional(autoIndex++);
        } else if (isDigits(first)) {
            if (numbering == 1) {
                throw PyErrors.valueError("cannot switch from automatic field numbering to manual field specification");
            }
            numbering = 2;
            obj = positional(Integer.parseInt(first));
        } else {
            if (kwargs == null) {
                throw PyErrors.keyError(first);
            }
            Object v = kwargs instanceof PyDict d ? d.getItem(first) : Items.getItem(kwargs, first);
            if (v == null) {
                throw PyErrors.keyError(first);
            }
            obj = v;
        }
        while (k < name.length()) {
            char c = name.charAt(k);
            if (c == '.') {
                int e = k + 1;
                while (e < name.length() && name.charAt(e) != '.' && name.charAt(e) != '[') {
                    e++;
                }
                String attr = name.substring(k + 1, e);
                if (attr.isEmpty()) {
                    throw PyErrors.valueError("Empty attribute in format string");
                }
                obj = Attr.getAttr(obj, attr);
                k = e;
            } else if (c == '[') {
                int e = name.indexOf(']', k);
                if (e < 0) {
                    throw PyErrors.valueError("Missing ']' in format string");
                }
                String key = name.substring(k + 1, e);
                if (key.isEmpty()) {
                    throw PyErrors.valueError("Empty attribute in format string");
                }
                obj = Items.getItem(obj, isDigits(key) ? (Object) Long.parseLong(key) : key);
                k = e + 1;
                if (k < name.length() && name.charAt(k) != '.' && name.charAt(k) != '[') {
                    throw PyErrors.valueError("Only '.' or '[' may follow ']' in format field specifier");
                }
            } else {
                throw PyErrors.valueError("Only '.' or '[' may follow ']' in format field specifier");
            }
        }
        return obj;
    }

    private Object positional(int i) {
        if (i >= args.length) {
            throw PyErrors.indexError("Replacement index " + i + " out of range for positional args tuple");
        }
        return args[i];
    }

    private static boolean isDigits(String s) {
        if (s.isEmpty() || s.length() > 18) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) < '0' || s.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }
}
