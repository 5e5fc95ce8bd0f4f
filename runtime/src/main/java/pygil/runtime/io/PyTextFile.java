package pygil.runtime.io;

import java.io.IOException;

import pygil.runtime.builtins.BuiltinTypes;
import pygil.runtime.error.PyErrors;
import pygil.runtime.object.PyList;
import pygil.runtime.text.StrCodecs;

/**
 * A file opened in text mode (Equivalent of {@code _io.TextIOWrapper} over a buffered file):
 * str in and out, encoded with the file's encoding (UTF-8 unless given; the supported codecs
 * are ASCII-compatible, so line ends can be found in the bytes before decoding).
 *
 * <p>Newlines as CPython's {@code newline} argument: None (default) reads {@code \n},
 * {@code \r} and {@code \r\n} as {@code \n} and writes {@code \n} as is (the POSIX line
 * separator); {@code ''} splits lines the same way but keeps them untranslated; {@code '\n'},
 * {@code '\r'} or {@code '\r\n'} split lines at that ending only, and writing translates
 * {@code \n} to it.
 *
 * <p>Decoded text is never held back: every read decodes whole lines (or, for a count of
 * characters, gives back the bytes it did not use), so {@link #tell()} is simply the byte
 * position, a valid {@code seek} cookie as in CPython for these codecs.
 */
public final class PyTextFile extends PyFileObject implements TextIO {
    private final String encoding;
    private final String codec;
    private final String errors;
    /** null for universal newlines with translation, "" for universal without, else the line ending. */
    private final String newline;
    /** Where the current run of reads began (-1: none since the last seek or write). */
    private long readStart = -1;

    PyTextFile(Object name, OpenMode mode, BufferedChannel channel, int fileno, String encoding, String errors, String newline) {
        super(BuiltinTypes.TEXT_IO_WRAPPER, name, mode, mode.text, channel, fileno);
        this.encoding = encoding;
        this.codec = StrCodecs.lookup(encoding);
        this.errors = errors;
        this.newline = newline;
    }

    @Override
    public String encoding() {
        return encoding;
    }

    @Override
    public String errors() {
        return errors;
    }

    @Override
    public boolean lineBuffering() {
        return false;
    }

    @Override
    public boolean seekable() {
        channel("I/O operation on closed file");
        return true;
    }

    @Override
    public boolean isatty() {
        channel("I/O operation on closed file");
        return false;
    }

    private boolean universal() {
        return newline == null || newline.isEmpty();
    }

    private String decode(byte[] b) {
        String s = StrCodecs.decode(b, codec, errors);
        if (newline == null && s.indexOf('\r') >= 0) {
            s = s.replace("\r\n", "\n").replace('\r', '\n');
        }
        return s;
    }

    /** The bytes of the next line (through its ending), empty at end of file. */
    private byte[] lineBytes(BufferedChannel c) throws IOException {
        byte[] term = universal() ? null : StrCodecs.encode(newline, codec, "strict");
        return c.readLine(-1, universal(), term);
    }

    /** Notes the start of a run of reads (see {@link #write}). */
    private void startReading(BufferedChannel c) throws IOException {
        if (readStart < 0) {
            readStart = c.tell();
        }
    }

    @Override
    public String read(long n) {
        BufferedChannel c = readChannel();
        try {
            startReading(c);
            if (n < 0) {
                return decode(c.read(-1));
            }
            StringBuilder sb = new StringBuilder();
            long have = 0;
            while (have < n) {
                byte[] line = lineBytes(c);
                if (line.length == 0) {
                    break;
                }
                String s = decode(line);
                long len = s.codePointCount(0, s.length());
                if (have + len > n) {
                    s = giveBack(c, line, s, (int) (n - have));
                    len = n - have;
                }
                sb.append(s);
                have += len;
            }
            return sb.toString();
        } catch (IOException e) {
            throw ioError(e);
        }
    }

    /**
     * The first {@code keep} characters of the decoded line {@code s}; the bytes of the rest are
     * given back to the channel to be read again.
     */
    private String giveBack(BufferedChannel c, byte[] line, String s, int keep) throws IOException {
        String head = s.substring(0, s.offsetByCodePoints(0, keep));
        String raw = StrCodecs.decode(line, codec, errors);
        // With translation, a "\r\n" the head ends inside is one character of s; count raw chars.
        int rawKeep = 0;
        for (int i = 0, k = 0; k < keep; k++) {
            int cp = raw.codePointAt(i);
            int w = Character.charCount(cp);
            if (newline == null && cp == '\r' && i + 1 < raw.length() && raw.charAt(i + 1) == '\n') {
                w = 2;
            }
            i += w;
            rawKeep = i;
        }
        int used = StrCodecs.encode(raw.substring(0, rawKeep), codec, "surrogateescape").length;
        c.unread(line.length - used);
        return head;
    }

    @Override
    public String readline(long limit) {
        BufferedChannel c = readChannel();
        try {
            startReading(c);
            byte[] line = lineBytes(c);
            String s = decode(line);
            if (limit >= 0 && s.codePointCount(0, s.length()) > limit) {
                s = giveBack(c, line, s, (int) limit);
            }
            return s;
        } catch (IOException e) {
            throw ioError(e);
        }
    }

    /** {@code readlines(hint)}: lines until their total length reaches hint (all when {@code hint <= 0}). */
    public PyList readlines(long hint) {
        PyList l = new PyList();
        long total = 0;
        while (true) {
            String line = readline(-1);
            if (line.isEmpty()) {
                return l;
            }
            l.append(line);
            total += line.length();
            if (hint > 0 && total >= hint) {
                return l;
            }
        }
    }

    /**
     * {@code write(s)}. After reads, CPython's text layer has consumed the file in chunks of
     * 8 KiB, and the write lands after the last chunk read (at the end of a small file): so
     * it does here.
     */
    @Override
    public long write(String s) {
        BufferedChannel c = writeChannel();
        String out = newline != null && !newline.isEmpty() && !newline.equals("\n") ? s.replace("\n", newline) : s;
        try {
            if (readStart >= 0) {
                long chunks = Math.max(1, (c.tell() - readStart + BufferedChannel.BUFFER_SIZE - 1) / BufferedChannel.BUFFER_SIZE);
                c.seek(Math.min(c.size(), readStart + chunks * BufferedChannel.BUFFER_SIZE));
                readStart = -1;
            }
            c.write(StrCodecs.encode(out, codec, errors));
        } catch (IOException e) {
            throw ioError(e);
        }
        return s.codePointCount(0, s.length());
    }

    @Override
    public long seek(long cookie, int whence) {
        BufferedChannel c = channel();
        readStart = -1;
        try {
            switch (whence) {
                case 0:
                    if (cookie < 0) {
                        throw PyErrors.valueError("negative seek position " + cookie);
                    }
                    return c.seek(cookie);
                case 1:
                    if (cookie != 0) {
                        throw IOErrors.unsupported("can't do nonzero cur-relative seeks");
                    }
                    return c.seek(c.tell());
                case 2:
                    if (cookie != 0) {
                        throw IOErrors.unsupported("can't do nonzero end-relative seeks");
                    }
                    return c.seekEnd();
                default:
                    throw PyErrors.valueError("invalid whence (" + whence + ", should be 0, 1 or 2)");
            }
        } catch (IOException e) {
            throw ioError(e);
        }
    }

    @Override
    public String repr() {
        return "<_io.TextIOWrapper name=" + pygil.runtime.ops.Repr.repr(name()) + " mode='" + mode() + "' encoding='" + encoding + "'>";
    }
}
