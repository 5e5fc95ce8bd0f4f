/**
 * The {@code os} module and {@code os.path} (CPython's {@code Lib/os.py}, {@code Lib/posixpath.py},
 * {@code Lib/genericpath.py} and the parts of {@code Modules/posixmodule.c} scripts commonly
 * use): {@link pygil.stdlib.os.OsModule} registers {@code os},
 * {@link pygil.stdlib.os.PathModule} the {@code posixpath} module that is also
 * {@code os.path}. {@link pygil.stdlib.os.PosixPath} holds the pure path-string functions,
 * {@link pygil.stdlib.os.FileQueries} the {@code os.path} predicates and getters,
 * {@link pygil.stdlib.os.FileOps} the file-system operations, {@link pygil.stdlib.os.Stat}
 * {@code os.stat}, {@link pygil.stdlib.os.Walk} {@code os.walk},
 * {@link pygil.stdlib.os.PathArgs} the path-argument conversions and
 * {@link pygil.stdlib.os.OsErrors} the OSError mapping.
 */
package pygil.stdlib.os;
