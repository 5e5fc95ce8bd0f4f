package pygil.runtime.text;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import pygil.runtime.error.PyException;

/**
 * Loads the expected-value files generated with CPython 3.11 by the scripts under
 * {@code src/test/resources/num} and {@code src/test/resources/text}.
 *
 * <p>File format: one case per line, fields separated by TAB, lines starting with {@code #}
 * ignored. Each field is escaped as the generators' {@code esc()}: {@code \\ \t \n \r},
 * {@code \\uXXXX} and {@code \UXXXXXXXX} for everything outside printable ASCII. An outcome
 * that is an exception is written {@code !Type: message} (the last line of a traceback).
 */
public final class PyCases {
    private PyCases() {}

    /** The unescaped fields of every case line of a classpath resource. */
    public static List<String[]> load(String resource) {
        InputStream in = PyCases.class.getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("missing test resource " + resource);
        }
        List<String[]> out = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.US_ASCII))) {
            String line;
            while ((line = r.readLine()) != null) {
                if (line.isEmpty() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t", -1);
                for (int i = 0; i < f.length; i++) {
                    f[i] = unescape(f[i]);
                }
                out.add(f);
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return out;
    }

    /** Inverse of the generators' {@code esc()}. */
    public static String unescape(String s) {
        if (s.indexOf('\\') < 0) {
            return s;
        }
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c != '\\') {
                sb.append(c);
                continue;
            }
            char k = s.charAt(++i);
            switch (k) {
                case '\\' -> sb.append('\\');
                case 't' -> sb.append('\t');
                case 'n' -> sb.append('\n');
                case 'r' -> sb.append('\r');
                case 'u' -> {
                    sb.append((char) Integer.parseInt(s.substring(i + 1, i + 5), 16));
                    i += 4;
                }
                case 'U' -> {
                    sb.appendCodePoint(Integer.parseInt(s.substring(i + 1, i + 9), 16));
                    i += 8;
                }
                default -> throw new IllegalArgumentException("bad escape in " + s);
            }
        }
        return sb.toString();
    }

    /** A Python int literal as Long, BigInteger or (True/False) Boolean. */
    public static Object pyInt(String s) {
        if (s.equals("True") || s.equals("False")) {
            return Boolean.valueOf(s.equals("True"));
        }
        BigInteger b = new BigInteger(s);
        return b.bitLength() < 64 ? (Object) b.longValue() : b;
    }

    /** A float written as {@code repr()} or {@code float.hex()}. */
    public static double pyFloat(String s) {
        return switch (s) {
            case "inf" -> Double.POSITIVE_INFINITY;
            case "-inf" -> Double.NEGATIVE_INFINITY;
            case "nan", "-nan" -> Double.NaN;
            default -> Double.parseDouble(s);
        };
    }

    /** The outcome as the generators write it: the value's text, or {@code !Type: message}. */
    public static String outcome(Callable<Object> c) {
        try {
            Object r = c.call();
            return r instanceof String s ? s : String.valueOf(r);
        } catch (PyException e) {
            return "!" + e.getMessage();
        } catch (Exception e) {
            return "!!" + e;
        }
    }

    /** Fields shown unambiguously (as Python reprs) for failure messages. */
    public static String show(String... fields) {
        StringBuilder sb = new StringBuilder();
        for (String f : fields) {
            sb.append(sb.length() == 0 ? "" : " ").append(StrRepr.ascii(f));
        }
        return sb.toString();
    }

    /** The type name and message of a Python exception, {@code Type: message}. */
    public static String error(PyException e) {
        return e.getMessage();
    }

    /** Collects mismatches and fails with the first ones. */
    public static final class Mismatches {
        private final List<String> list = new ArrayList<>();
        private int checked;

        public void check(String what, String expected, String actual) {
            checked++;
            if (!expected.equals(actual)) {
                list.add(cut(what) + "\n      expected: " + cut(expected) + "\n      actual:   " + cut(actual));
            }
        }

        private static String cut(String s) {
            return s.length() <= 300 ? s : s.substring(0, 300) + "...(" + s.length() + " chars)";
        }

        public void add(String message) {
            checked++;
            list.add(message);
        }

        public int checked() {
            return checked;
        }

        public void assertNone() {
            if (!list.isEmpty()) {
                StringBuilder sb = new StringBuilder(list.size() + " of " + checked + " cases differ from CPython:\n");
                for (int i = 0; i < Math.min(30, list.size()); i++) {
                    sb.append("  ").append(list.get(i)).append('\n');
                }
                fail(sb.toString());
            }
        }
    }
}
