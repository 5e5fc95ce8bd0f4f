package pygil.stdlib.os;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;

import pygil.runtime.builtins.BuiltinTypes;
import pygil.runtime.builtins.IteratorTypes;
import pygil.runtime.call.Call;
import pygil.runtime.error.PyException;
import pygil.runtime.iterators.PyIteratorObject;
import pygil.runtime.module.ModuleHost;
import pygil.runtime.object.PNone;
import pygil.runtime.object.PyList;
import pygil.runtime.object.PyTuple;
import pygil.runtime.object.PyType;
import pygil.runtime.ops.Iter;
import pygil.runtime.refcount.RefCount;

/**
 * {@code os.walk(top, topdown=True, onerror=None, followlinks=False)} (Equivalent of the
 * generator {@code os._walk} of {@code Lib/os.py}): yields {@code (dirpath, dirnames,
 * filenames)} lazily, top-down or bottom-up. Top-down, the caller may prune or reorder
 * {@code dirnames} in place before the walk descends. A directory that cannot be listed is
 * passed to {@code onerror} (if given) and skipped. Entries come in the system's order.
 */
final class Walk extends PyIteratorObject {
    /** The type of walk iterators: named "generator", as CPython's walk is one. */
    static final PyType TYPE = walkType();

    private static PyType walkType() {
        PyType t = new PyType("generator", BuiltinTypes.OBJECT, PyType.Layout.BUILTIN, false);
        IteratorTypes.installIteratorMethods(t);
        return t;
    }

    /** One directory being walked. */
    private static final class Frame {
        final String top;
        PyList dirs;
        PyList nondirs;
        final List<String> walkDirs = new ArrayList<>();
        boolean listed;
        int next;

        Frame(String top) {
            this.top = top;
        }
    }

    private final ModuleHost host;
    private final boolean topdown;
    private final Object onerror;
    private final boolean followlinks;
    private final boolean bytes;
    private final ArrayDeque<Frame> stack = new ArrayDeque<>();

    Walk(ModuleHost host, String top, boolean bytes, boolean topdown, Object onerror, boolean followlinks) {
        super(TYPE);
        this.host = host;
        this.bytes = bytes;
        this.topdown = topdown;
        this.onerror = onerror;
        this.followlinks = followlinks;
        RefCount.incRef(onerror);
        stack.push(new Frame(top));
    }

    private Object wrap(String s) {
        return PathModule.wrapLike(bytes ? pygil.runtime.object.PyBytes.EMPTY : "", s);
    }

    @Override
    public Object next() {
        while (!stack.isEmpty()) {
            Frame f = stack.peek();
            if (!f.listed) {
                f.listed = true;
                if (!list(f)) {
                    stack.pop();
                    continue;
                }
                if (topdown) {
                    return PyTuple.of(wrap(f.top), f.dirs, f.nondirs);
                }
            }
            if (topdown) {
                // descend into the dirnames the caller left in the list
                if (f.next < f.dirs.size()) {
                    Object name = f.dirs.get(f.next++);
                    String child = PosixPath.join(f.top, List.of(PathArgs.text(name)));
                    Path childPath = host.resolve(child);
                    if (followlinks || !BlockingIo.query(host, () -> Files.isSymbolicLink(childPath))) {
                        stack.push(new Frame(child));
                    }
                    continue;
                }
                pop();
            } else {
                if (f.next < f.walkDirs.size()) {
                    stack.push(new Frame(f.walkDirs.get(f.next++)));
                    continue;
                }
                PyTuple result = PyTuple.of(wrap(f.top), f.dirs, f.nondirs);
                pop();
                return result;
            }
        }
        return Iter.STOP;
    }

    private void pop() {
        Frame f = stack.pop();
        RefCount.decRef(f.dirs);
        RefCount.decRef(f.nondirs);
    }

    /** Lists a frame's directory; false (after calling onerror) if it cannot be listed. */
    private boolean list(Frame f) {
        List<String> dirNames = new ArrayList<>();
        List<String> otherNames = new ArrayList<>();
        try {
            Path dir = host.resolve(f.top);
            BlockingIo.call(host, () -> {
                try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir)) {
                    for (Path entry : entries) {
                        String name = entry.getFileName().toString();
                        boolean isDir = Files.isDirectory(entry);
                        (isDir ? dirNames : otherNames).add(name);
                        if (!topdown && isDir && (followlinks || !Files.isSymbolicLink(entry))) {
                            f.walkDirs.add(PosixPath.join(f.top, List.of(name)));
                        }
                    }
                }
                return null;
            });
        } catch (IOException e) {
            if (onerror != null && onerror != PNone.NONE) {
                PyException error = OsErrors.fromIOException(e, wrap(f.top), null);
                Call.call1(onerror, error.exception);
            }
            return false;
        }
        PyList dirs = new PyList();
        PyList nondirs = new PyList();
        for (String name : dirNames) {
            dirs.append(wrap(name));
        }
        for (String name : otherNames) {
            nondirs.append(wrap(name));
        }
        f.dirs = dirs;
        f.nondirs = nondirs;
        dirs.incRef();
        nondirs.incRef();
        return true;
    }

    @Override
    protected void releaseReferences() {
        while (!stack.isEmpty()) {
            Frame f = stack.pop();
            RefCount.decRef(f.dirs);
            RefCount.decRef(f.nondirs);
        }
        RefCount.decRef(onerror);
    }
}
