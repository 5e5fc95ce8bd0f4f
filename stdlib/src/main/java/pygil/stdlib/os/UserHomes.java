package pygil.stdlib.os;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The home directory of a user by name, from {@code /etc/passwd} (Equivalent of
 * {@code pwd.getpwnam(name).pw_dir} as {@code posixpath.expanduser} uses it).
 */
final class UserHomes {
    private UserHomes() {}

    /** The home of {@code user}, or null if unknown. */
    static String lookup(String user) {
        if (user.equals(System.getProperty("user.name"))) {
            return System.getProperty("user.home");
        }
        try {
            for (String line : Files.readAllLines(Path.of("/etc/passwd"))) {
                String[] f = line.split(":", -1);
                if (f.length >= 6 && f[0].equals(user)) {
                    return f[5];
                }
            }
        } catch (IOException | SecurityException e) {
            return null;
        }
        return null;
    }
}
