package pygil.stdlib.os;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;

import pygil.runtime.error.ExceptionTypes;
import pygil.runtime.error.PyErrors;
import pygil.runtime.error.PyException;
import pygil.runtime.object.PNone;

/**
 * OSError for failed file-system calls (Equivalent of
 * {@code PyErr_SetFromErrnoWithFilenameObjects}): the Linux errno of a Java I/O exception,
 * its {@code strerror}, and one or two filenames, giving the errno's subclass
 * ({@code FileNotFoundError} for 2, ...) and the message
 * "[Errno 2] No such file or directory: 'a' -> 'b'".
 */
public final class OsErrors {
    private OsErrors() {}

    /** {errno, strerror} of the Linux errors Java reports by their strerror text. */
    private static final Object[][] BY_REASON = {{1, "Operation not permitted"}, {2, "No such file or directory"}, {5, "Input/output error"},
                    {13, "Permission denied"}, {16, "Device or resource busy"}, {17, "File exists"}, {18, "Invalid cross-device link"},
                    {20, "Not a directory"}, {21, "Is a directory"}, {22, "Invalid argument"}, {26, "Text file busy"},
                    {28, "No space left on device"}, {30, "Read-only file system"}, {31, "Too many links"}, {36, "File name too long"},
                    {39, "Directory not empty"}, {40, "Too many levels of symbolic links"}};

    /** {@code OSError(errno, strerror(errno), filename[, filename2])}. */
    public static PyException error(int errno, Object filename, Object filename2) {
        String strerror = strerror(errno);
        if (filename2 != null) {
            return PyErrors.raise(ExceptionTypes.OS_ERROR, (long) errno, strerror, filename, PNone.NONE, filename2);
        }
        return PyErrors.raise(ExceptionTypes.OS_ERROR, (long) errno, strerror, filename);
    }

    /** A Java I/O failure as the OSError CPython raises for the same call. */
    static PyException fromIOException(IOException e, Object filename, Object filename2) {
        return error(errno(e), filename, filename2);
    }

    /** The Linux errno of a Java I/O exception (5, EIO, if unknown). */
    static int errno(IOException e) {
        if (e instanceof NoSuchFileException) {
            return 2;
        }
        if (e instanceof AccessDeniedException) {
            return 13;
        }
        if (e instanceof FileAlreadyExistsException) {
            return 17;
        }
        if (e instanceof NotDirectoryException) {
            return 20;
        }
        if (e instanceof DirectoryNotEmptyException) {
            return 39;
        }
        if (e instanceof AtomicMoveNotSupportedException) {
            return 18;
        }
        String reason = e instanceof FileSystemException f ? f.getReason() : e.getMessage();
        if (reason != null) {
            for (Object[] k : BY_REASON) {
                if (reason.contains((String) k[1])) {
                    return (Integer) k[0];
                }
            }
        }
        return 5;
    }

    /** {@code os.strerror(code)}: Linux's text, "Unknown error N" otherwise. */
    public static String strerror(int errno) {
        for (Object[] k : BY_REASON) {
            if ((Integer) k[0] == errno) {
                return (String) k[1];
            }
        }
        return switch (errno) {
            case 0 -> "Success";
            case 3 -> "No such process";
            case 10 -> "No child processes";
            case 4 -> "Interrupted system call";
            case 9 -> "Bad file descriptor";
            case 11 -> "Resource temporarily unavailable";
            case 12 -> "Cannot allocate memory";
            case 32 -> "Broken pipe";
            case 75 -> "Value too large for defined data type";
            default -> "Unknown error " + errno;
        };
    }
}
