package pygil.stdlib.os;

import java.util.ArrayList;
import java.util.List;

/**
 * The pure string functions of {@code posixpath} (Equivalent of {@code join}, {@code split},
 * {@code splitext}, {@code basename}, {@code dirname}, {@code normpath}, {@code isabs} and
 * {@code commonprefix} in CPython's {@code Lib/posixpath.py} and {@code Lib/genericpath.py}),
 * on already converted path strings. Nothing here touches the file system.
 */
final class PosixPath {
    private PosixPath() {}

    /** {@code join(a, *p)}: an absolute component discards what precedes it. */
    static String join(String a, List<String> rest) {
        StringBuilder path = new StringBuilder(a);
        for (String b : rest) {
            if (b.startsWith("/")) {
                path.setLength(0);
                path.append(b);
            } else if (path.length() == 0 || path.charAt(path.length() - 1) == '/') {
                path.append(b);
            } else {
                path.append('/').append(b);
            }
        }
        return path.toString();
    }

    /** {@code split(p)}: (head, tail), tail never containing a slash; trailing slashes stripped from head. */
    static String[] split(String p) {
        int i = p.lastIndexOf('/') + 1;
        return new String[] {stripHead(p.substring(0, i)), p.substring(i)};
    }

    /** {@code dirname(p)}: the head of {@link #split}. */
    static String dirname(String p) {
        return stripHead(p.substring(0, p.lastIndexOf('/') + 1));
    }

    /** {@code basename(p)}: the tail of {@link #split}. */
    static String basename(String p) {
        return p.substring(p.lastIndexOf('/') + 1);
    }

    /** Removes trailing slashes from a head unless it is all slashes. */
    private static String stripHead(String head) {
        if (head.isEmpty() || head.chars().allMatch(c -> c == '/')) {
            return head;
        }
        int end = head.length();
        while (end > 0 && head.charAt(end - 1) == '/') {
            end--;
        }
        return head.substring(0, end);
    }

    /** {@code splitext(p)}: (root, ext); leading dots of the file name do not start an extension. */
    static String[] splitext(String p) {
        int sepIndex = p.lastIndexOf('/');
        int dotIndex = p.lastIndexOf('.');
        if (dotIndex > sepIndex) {
            for (int i = sepIndex + 1; i < dotIndex; i++) {
                if (p.charAt(i) != '.') {
                    return new String[] {p.substring(0, dotIndex), p.substring(dotIndex)};
                }
            }
        }
        return new String[] {p, ""};
    }

    /** {@code isabs(s)}. */
    static boolean isabs(String s) {
        return s.startsWith("/");
    }

    /**
     * {@code normpath(path)}: collapses redundant separators and {@code .}/{@code ..}
     * components lexically (two leading slashes are kept, as POSIX allows).
     */
    static String normpath(String path) {
        if (path.isEmpty()) {
            return ".";
        }
        int initialSlashes = path.startsWith("/") ? 1 : 0;
        if (initialSlashes == 1 && path.startsWith("//") && !path.startsWith("///")) {
            initialSlashes = 2;
        }
        ArrayList<String> comps = new ArrayList<>();
        for (String comp : path.split("/", -1)) {
            if (comp.isEmpty() || comp.equals(".")) {
                continue;
            }
            if (!comp.equals("..") || (initialSlashes == 0 && comps.isEmpty()) || (!comps.isEmpty() && comps.get(comps.size() - 1).equals(".."))) {
                comps.add(comp);
            } else if (!comps.isEmpty()) {
                comps.remove(comps.size() - 1);
            }
        }
        String result = "/".repeat(initialSlashes) + String.join("/", comps);
        return result.isEmpty() ? "." : result;
    }

    /** {@code commonprefix(list)}: the longest common leading string (character-wise). */
    static String commonprefix(List<String> m) {
        if (m.isEmpty()) {
            return "";
        }
        String s1 = m.get(0);
        String s2 = m.get(0);
        for (String s : m) {
            if (s.compareTo(s1) < 0) {
                s1 = s;
            }
            if (s.compareTo(s2) > 0) {
                s2 = s;
            }
        }
        int n = Math.min(s1.length(), s2.length());
        for (int i = 0; i < n; i++) {
            if (s1.charAt(i) != s2.charAt(i)) {
                return s1.substring(0, i);
            }
        }
        return s1.substring(0, n);
    }

    /** {@code relpath(path, start)} on absolute, normalized paths. */
    static String relpath(String absPath, String absStart) {
        List<String> startList = components(absStart);
        List<String> pathList = components(absPath);
        int i = 0;
        while (i < startList.size() && i < pathList.size() && startList.get(i).equals(pathList.get(i))) {
            i++;
        }
        ArrayList<String> rel = new ArrayList<>();
        for (int k = i; k < startList.size(); k++) {
            rel.add("..");
        }
        rel.addAll(pathList.subList(i, pathList.size()));
        if (rel.isEmpty()) {
            return ".";
        }
        return join(rel.get(0), rel.subList(1, rel.size()));
    }

    private static List<String> components(String p) {
        ArrayList<String> out = new ArrayList<>();
        for (String c : p.split("/")) {
            if (!c.isEmpty()) {
                out.add(c);
            }
        }
        return out;
    }
}
