package pygil.runtime.io;

import java.io.IOException;
import java.nio.channels.SeekableByteChannel;
import java.nio.file.OpenOption;
import java.util.Objects;
import java.util.Set;

/**
 * Where {@code open()} finds files: resolves a path as the Python program sees it and opens it
 * (the role CPython leaves to the C library's {@code open(2)} and the process's working
 * directory).
 *
 * <p>The runtime has no notion of the program's working directory: a Truffle {@code Context}
 * may run a program in a directory other than the JVM's. So file access goes through the hook
 * {@link #current()}, which defaults to {@link NioFileSystemHook} (java.nio, relative paths
 * against the {@code user.dir} system property). The interpreter installs its own with
 * {@link #install} when a context is created, one based on Truffle's {@code TruffleFile}
 * ({@code env.getPublicTruffleFile(path)} resolved against the context's current working
 * directory, {@code newByteChannel(options)}, {@code isDirectory()}), so that the context's
 * file-system policy and working directory apply.
 *
 * <p>The hook is global to the VM (one per process, like the working directory it stands for);
 * {@link #install} is thread-safe. Implementations throw the standard {@code java.nio.file}
 * exceptions ({@code NoSuchFileException}, {@code AccessDeniedException},
 * {@code FileAlreadyExistsException}, {@code NotDirectoryException},
 * {@code FileSystemException}), which {@link IOErrors} maps to the OSError subclasses.
 */
public abstract class FileSystemHook {
    private static volatile FileSystemHook current = new NioFileSystemHook();

    /** The hook in use. */
    public static FileSystemHook current() {
        return current;
    }

    /** Replaces the hook (for all threads); returns the previous one. */
    public static FileSystemHook install(FileSystemHook hook) {
        FileSystemHook old = current;
        current = Objects.requireNonNull(hook);
        return old;
    }

    /**
     * Opens {@code path} (relative paths against the program's working directory) with the
     * given {@code java.nio.file.StandardOpenOption}s.
     */
    public abstract SeekableByteChannel open(String path, Set<? extends OpenOption> options) throws IOException;

    /** True if {@code path} names an existing directory (opening one raises IsADirectoryError). */
    public abstract boolean isDirectory(String path);
}
