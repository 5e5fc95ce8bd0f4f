package pygil.interpreter.io;

import java.io.IOException;
import java.nio.channels.SeekableByteChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.OpenOption;
import java.util.Set;

import com.oracle.truffle.api.TruffleFile;
import com.oracle.truffle.api.TruffleLanguage.Env;

import pygil.runtime.io.FileSystemHook;

/**
 * {@code open()} through Truffle's file system: paths resolve against the context's working
 * directory (which the launcher and tests set), and the embedder's I/O policy applies.
 */
public final class TruffleFileSystemHook extends FileSystemHook {
    private final Env env;

    public TruffleFileSystemHook(Env env) {
        this.env = env;
    }

    private TruffleFile file(String path) throws AccessDeniedException {
        try {
            return env.getPublicTruffleFile(path);
        } catch (SecurityException e) {
            throw new AccessDeniedException(path);
        }
    }

    @Override
    public SeekableByteChannel open(String path, Set<? extends OpenOption> options) throws IOException {
        try {
            return file(path).newByteChannel(options);
        } catch (SecurityException e) {
            throw new AccessDeniedException(path);
        }
    }

    @Override
    public boolean isDirectory(String path) {
        try {
            return file(path).isDirectory();
        } catch (IOException | SecurityException e) {
            return false;
        }
    }
}
