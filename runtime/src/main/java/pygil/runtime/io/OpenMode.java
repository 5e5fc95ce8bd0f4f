package pygil.runtime.io;

import java.nio.file.OpenOption;
import java.nio.file.StandardOpenOption;
import java.util.EnumSet;
import java.util.Set;

import pygil.runtime.error.PyErrors;

/**
 * A parsed {@code open()} mode string (Equivalent of the checks in {@code _io_open_impl} and
 * {@code _io_FileIO___init___impl}): exactly one of r/w/x/a, optionally '+', and 'b' or 't'.
 * ValueError "invalid mode: 'q'", "must have exactly one of create/read/write/append mode",
 * "can't have text and binary mode at once".
 */
public final class OpenMode {
    /** The mode as given (TextIOWrapper's {@code mode} attribute). */
    public final String text;
    public final boolean reading;
    public final boolean writing;
    public final boolean appending;
    public final boolean creating;
    public final boolean updating;
    public final boolean binary;

    private OpenMode(String text, boolean r, boolean w, boolean a, boolean x, boolean plus, boolean b) {
        this.text = text;
        this.reading = r;
        this.writing = w;
        this.appending = a;
        this.creating = x;
        this.updating = plus;
        this.binary = b;
    }

    /** Parses a mode string. */
    public static OpenMode parse(String mode) {
        boolean r = false;
        boolean w = false;
        boolean a = false;
        boolean x = false;
        boolean plus = false;
        boolean b = false;
        boolean t = false;
        for (int i = 0; i < mode.length(); i++) {
            char c = mode.charAt(i);
            if ("rwaxb+t".indexOf(c) < 0 || mode.indexOf(c, i + 1) >= 0) {
                throw PyErrors.valueError("invalid mode: '" + mode + "'");
            }
            switch (c) {
                case 'r' -> r = true;
                case 'w' -> w = true;
                case 'a' -> a = true;
                case 'x' -> x = true;
                case '+' -> plus = true;
                case 'b' -> b = true;
                default -> t = true;
            }
        }
        if (t && b) {
            throw PyErrors.valueError("can't have text and binary mode at once");
        }
        if ((r ? 1 : 0) + (w ? 1 : 0) + (a ? 1 : 0) + (x ? 1 : 0) != 1) {
            throw PyErrors.valueError("must have exactly one of create/read/write/append mode");
        }
        return new OpenMode(mode, r, w, a, x, plus, b);
    }

    public boolean readable() {
        return reading || updating;
    }

    public boolean writable() {
        return !reading || updating;
    }

    /** The mode of the underlying binary file, as {@code FileIO.mode} normalizes it: 'rb', 'wb', 'ab+', 'rb+', 'xb'. */
    public String binaryMode() {
        String base = creating ? "xb" : appending ? "ab" : reading ? "rb" : "wb";
        return updating ? base + "+" : base;
    }

    /** The java.nio options that open the file this way. */
    public Set<OpenOption> options() {
        EnumSet<StandardOpenOption> o = EnumSet.noneOf(StandardOpenOption.class);
        if (readable()) {
            o.add(StandardOpenOption.READ);
        }
        if (writable()) {
            o.add(StandardOpenOption.WRITE);
        }
        if (writing) {
            o.add(StandardOpenOption.CREATE);
            o.add(StandardOpenOption.TRUNCATE_EXISTING);
        } else if (appending) {
            // Not APPEND (java.nio refuses READ + APPEND): BufferedChannel writes at the end.
            o.add(StandardOpenOption.CREATE);
        } else if (creating) {
            o.add(StandardOpenOption.CREATE_NEW);
        }
        return Set.copyOf(o);
    }
}
