package pygil.runtime.io;

import java.io.IOException;
import java.nio.channels.SeekableByteChannel;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.OpenOption;
import java.nio.file.Path;
import java.util.Set;

/**
 * The default {@link FileSystemHook}: the host file system through java.nio, relative paths
 * resolved against the {@code user.dir} system property (read on every call, so a launcher may
 * set it).
 */
public final class NioFileSystemHook extends FileSystemHook {
    private static Path resolve(String path) throws IOException {
        try {
            return Path.of(System.getProperty("user.dir", "")).resolve(path);
        } catch (InvalidPathException e) {
            throw new NoSuchFileException(path, null, e.getReason());
        }
    }

    @Override
    public SeekableByteChannel open(String path, Set<? extends OpenOption> options) throws IOException {
        return Files.newByteChannel(resolve(path), options);
    }

    @Override
    public boolean isDirectory(String path) {
        try {
            return Files.isDirectory(resolve(path));
        } catch (IOException e) {
            return false;
        }
    }
}
