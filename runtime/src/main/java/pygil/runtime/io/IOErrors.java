package pygil.runtime.io;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;

import pygil.runtime.error.ExceptionTypes;
import pygil.runtime.error.PyErrors;
import pygil.runtime.error.PyException;
import pygil.runtime.object.PyDict;
import pygil.runtime.object.PyTuple;
import pygil.runtime.object.PyType;

/**
 * The errors of the io layer: Java I/O exceptions as OSError subclasses with
 * {@code errno}/{@code strerror}/{@code filename} (Equivalent of
 * {@code PyErr_SetFromErrnoWithFilenameObject}, with Linux errno values), the
 * {@code io.UnsupportedOperation} class and the closed-file ValueError.
 */
public final class IOErrors {
    private IOErrors() {}

    /** {@code io.UnsupportedOperation}, a subclass of OSError and ValueError. */
    public static final PyType UNSUPPORTED_OPERATION = unsupportedOperationType();

    private static PyType unsupportedOperationType() {
        PyDict ns = new PyDict();
        ns.putString("__module__", "io");
        PyType t = PyType.create("UnsupportedOperation", PyTuple.of(ExceptionTypes.OS_ERROR, ExceptionTypes.VALUE_ERROR), ns);
        return t.makeImmortal();
    }

    /** {@code io.UnsupportedOperation(msg)}, e.g. "not readable". */
    public static PyException unsupported(String msg) {
        return PyErrors.raise(UNSUPPORTED_OPERATION, msg);
    }

    /** ValueError "I/O operation on closed file." */
    public static PyException closed() {
        return PyErrors.valueError("I/O operation on closed file.");
    }

    /** {@code OSError(errno, strerror, filename)}: the errno's subclass, e.g. FileNotFoundError for 2. */
    public static PyException osError(int errno, String strerror, Object filename) {
        return filename == null ? PyErrors.raise(ExceptionTypes.OS_ERROR, (long) errno, strerror) : PyErrors.raise(ExceptionTypes.OS_ERROR, (long) errno, strerror, filename);
    }

    /** A Java I/O failure on {@code filename} (null if none) as the matching OSError. */
    public static PyException fromIOException(IOException e, Object filename) {
        if (e instanceof NoSuchFileException) {
            return osError(2, "No such file or directory", filename);
        }
        if (e instanceof AccessDeniedException) {
            return osError(13, "Permission denied", filename);
        }
        if (e instanceof FileAlreadyExistsException) {
            return osError(17, "File exists", filename);
        }
        if (e instanceof NotDirectoryException) {
            return osError(20, "Not a directory", filename);
        }
        if (e instanceof DirectoryNotEmptyException) {
            return osError(39, "Directory not empty", filename);
        }
        String reason = e instanceof FileSystemException f ? f.getReason() : e.getMessage();
        if (reason != null) {
            String[][] known = {{"Is a directory", "21"}, {"Not a directory", "20"}, {"No such file or directory", "2"}, {"Permission denied", "13"},
                            {"File exists", "17"}, {"Read-only file system", "30"}, {"No space left on device", "28"}, {"File name too long", "36"},
                            {"Too many levels of symbolic links", "40"}, {"Operation not permitted", "1"}};
            for (String[] k : known) {
                if (reason.contains(k[0])) {
                    return osError(Integer.parseInt(k[1]), k[0], filename);
                }
            }
        }
        return osError(5, reason == null ? "Input/output error" : reason, filename);
    }
}
