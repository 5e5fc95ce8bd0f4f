package pygil.runtime.io;

/**
 * What the methods of {@code io.TextIOWrapper} need from a text stream (Equivalent of the
 * {@code io.TextIOBase} interface): implemented by files opened in text mode
 * ({@link PyTextFile}) and, through an adapter in {@code TextStreamType}, by the standard
 * streams ({@code PyTextStream}), which share the {@code TextIOWrapper} type as in CPython.
 * Methods raise Python exceptions (closed file, unsupported operation, OSError).
 */
public interface TextIO {
    /** The {@code name} attribute (a str, bytes or int). */
    Object name();

    String mode();

    String encoding();

    String errors();

    boolean isClosed();

    boolean lineBuffering();

    boolean readable();

    boolean writable();

    boolean seekable();

    boolean isatty();

    long fileno();

    /** Writes {@code s}; returns its length in characters. */
    long write(String s);

    void flush();

    /** Up to {@code n} characters; all the rest when {@code n < 0}; '' at end of file. */
    String read(long n);

    /** The next line with its ending, at most {@code limit} characters when {@code limit >= 0}. */
    String readline(long limit);

    /** {@code seek(cookie, whence)}; returns the new position. */
    long seek(long cookie, int whence);

    long tell();

    void close();

    /** {@code repr(stream)}: {@code <_io.TextIOWrapper name='x' mode='r' encoding='UTF-8'>}. */
    String repr();
}
