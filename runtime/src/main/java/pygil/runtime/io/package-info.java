/**
 * Files (Equivalent of CPython's {@code Modules/_io}): the builtin {@code open()}
 * ({@link pygil.runtime.io.OpenFunction}), text files ({@link pygil.runtime.io.PyTextFile},
 * type {@code _io.TextIOWrapper}, shared with the standard streams through
 * {@link pygil.runtime.io.TextIO}) and binary files ({@link pygil.runtime.io.PyBinaryFile},
 * types in {@link pygil.runtime.io.BinaryFileTypes}) over a buffered channel
 * ({@code BufferedChannel}); mode parsing ({@link pygil.runtime.io.OpenMode}); errors as
 * OSError subclasses ({@link pygil.runtime.io.IOErrors}).
 *
 * <p>All file access goes through {@link pygil.runtime.io.FileSystemHook#current()}, which the
 * interpreter replaces with one based on Truffle's {@code TruffleFile} so that relative paths
 * resolve against the context's working directory. File objects are reference counted: the
 * last reference going away closes the file, as CPython's dealloc does;
 * {@link pygil.runtime.io.OpenFiles#closeAll()} closes the rest at exit.
 */
package pygil.runtime.io;
