package pygil.interpreter.imports;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.TruffleFile;
import com.oracle.truffle.api.source.Source;

import pygil.ast.Module;
import pygil.interpreter.PyContext;
import pygil.interpreter.PyLanguage;
import pygil.interpreter.compiler.Compiler;
import pygil.parser.PythonParser;
import pygil.runtime.error.PyErrors;
import pygil.runtime.error.PyException;
import pygil.runtime.object.PNone;
import pygil.runtime.object.PyCode;
import pygil.runtime.object.PyDict;
import pygil.runtime.object.PyFunction;
import pygil.runtime.object.PyList;
import pygil.runtime.object.PyModule;
import pygil.runtime.ops.Attr;
import pygil.runtime.ops.Repr;
import pygil.syntax.PySyntaxError;

/**
 * Finds, loads and caches modules. Search order for {@code import name}: {@code sys.modules};
 * the Java builtin modules ({@link BuiltinModules}); each directory of {@code sys.path} ({@code name.py}, then {@code name/__init__.py}); pygil's
 * own Python library, shipped as class-path resources under {@code /pygil/lib/}. A module is
 * entered in {@code sys.modules} before its code runs (so circular imports see the partial
 * module) and removed again if its code fails, as CPython does.
 */
public final class ImportSystem {
    private static final String LIBRARY = "/pygil/lib/";

    private final PyContext context;
    private final BuiltinModules builtinModules;

    public ImportSystem(PyContext context) {
        this.context = context;
        this.builtinModules = new BuiltinModules(context);
    }

    /** {@code sys.builtin_module_names}: the Java modules available. */
    public java.util.Set<String> builtinModuleNames() {
        return builtinModules.names();
    }

    /** Compiles and runs {@code source} with the module's dict as globals. */
    @TruffleBoundary
    public void execModule(PyModule module, Source source, boolean isMain) {
        PyDict globals = module.getDict();
        String filename = source.getPath() != null ? source.getPath() : source.getName();
        if (globals.getString("__name__") == null) {
            globals.putString("__name__", module.name);
        }
        globals.putString("__builtins__", context.builtinsModule());
        if (!filename.startsWith("<")) {
            globals.putString("__file__", filename);
        }
        if (globals.getString("__doc__") == null) {
            globals.putString("__doc__", PNone.NONE);
        }
        PyCode code = compile(source);
        PyFunction function = new PyFunction(code, globals, new Object[0], null, new pygil.runtime.object.PyCell[0]);
        code.callTarget.call(function);
    }

    /** Parses and compiles a module; a syntax error is raised as a Python SyntaxError. */
    @TruffleBoundary
    public PyCode compile(Source source) {
        return compile(source, false);
    }

    /** Compiles module code; see {@link Compiler#compileModule(PyLanguage, Source, Module, boolean)}. */
    @TruffleBoundary
    public PyCode compile(Source source, boolean separateLocals) {
        String filename = source.getPath() != null ? source.getPath() : source.getName();
        context.sourceLines().register(filename, source);
        try {
            Module module = PythonParser.parse(source.getCharacters().toString(), filename);
            return Compiler.compileModule(context.language(), source, module, separateLocals);
        } catch (PySyntaxError e) {
            throw pygil.interpreter.main.SyntaxErrors.toPython(e);
        }
    }

    /** Compiles an expression as code that returns its value ({@code eval}). */
    @TruffleBoundary
    public PyCode compileExpression(Source source, boolean separateLocals) {
        String text = source.getCharacters().toString();
        try {
            pygil.ast.Expr expr = PythonParser.parseExpression(text, source.getName());
            Module module = new Module(java.util.List.of(new pygil.ast.Stmt.Return(expr, expr.pos())), expr.pos());
            return Compiler.compileModule(context.language(), source, module, separateLocals);
        } catch (PySyntaxError e) {
            throw pygil.interpreter.main.SyntaxErrors.toPython(e);
        }
    }

    /**
     * {@code import name} (level 0) or a relative import; answers the top-level package when
     * {@code fromList} is null, else the named module itself.
     */
    @TruffleBoundary
    public Object importName(PyDict globals, String name, String[] fromList, int level) {
        String absolute = level > 0 ? resolveRelative(globals, name, level) : name;
        if (absolute.isEmpty()) {
            throw PyErrors.valueError("Empty module name");
        }
        PyModule leaf = null;
        int dot = -1;
        do {
            dot = absolute.indexOf('.', dot + 1);
            String prefix = dot < 0 ? absolute : absolute.substring(0, dot);
            leaf = load(prefix, leaf);
        } while (dot >= 0);
        if (fromList != null) {
            return leaf;
        }
        if (level > 0) {
            return leaf;
        }
        String top = absolute.contains(".") ? absolute.substring(0, absolute.indexOf('.')) : absolute;
        return context.modules().getString(top);
    }

    private static String resolveRelative(PyDict globals, String name, int level) {
        Object pkg = globals.getString("__package__");
        String base;
        if (pkg instanceof String s && !s.isEmpty()) {
            base = s;
        } else {
            Object modName = globals.getString("__name__");
            boolean isPackage = globals.getString("__path__") != null;
            base = modName instanceof String s ? (isPackage ? s : (s.contains(".") ? s.substring(0, s.lastIndexOf('.')) : "")) : "";
        }
        if (base.isEmpty()) {
            throw PyErrors.importError("attempted relative import with no known parent package");
        }
        for (int i = 1; i < level; i++) {
            int cut = base.lastIndexOf('.');
            if (cut < 0) {
                throw PyErrors.importError("attempted relative import beyond top-level package");
            }
            base = base.substring(0, cut);
        }
        return name.isEmpty() ? base : base + "." + name;
    }

    private PyModule load(String fullName, PyModule parent) {
        Object cached = context.modules().getString(fullName);
        if (cached instanceof PyModule m) {
            return m;
        }
        if (cached != null && cached != PNone.NONE) {
            return cached instanceof PyModule m ? m : null;
        }
        pygil.runtime.module.BuiltinModule builtin = parent == null ? builtinModules.find(fullName) : null;
        if (builtin != null) {
            PyModule module = builtin.create(builtinModules);
            module.getDict().putString("__name__", fullName);
            context.modules().putString(fullName, module);
            return module;
        }
        String shortName = fullName.contains(".") ? fullName.substring(fullName.lastIndexOf('.') + 1) : fullName;
        if (parent != null && parent.getDict().getString("__path__") == null) {
            throw notFound("No module named " + Repr.repr(fullName) + "; " + Repr.repr(parent.name) + " is not a package", fullName);
        }
        Found found = parent == null ? find(shortName) : findInPackage(parent, shortName);
        if (found == null) {
            throw notFound("No module named " + Repr.repr(fullName), fullName);
        }
        PyModule module = new PyModule(fullName);
        PyDict d = module.getDict();
        d.putString("__name__", fullName);
        if (found.isPackage) {
            PyList path = new PyList();
            path.append(found.directory);
            d.putString("__path__", path);
            d.putString("__package__", fullName);
        } else {
            d.putString("__package__", parent == null ? "" : parent.name);
        }
        context.modules().putString(fullName, module);
        try {
            execModule(module, found.source, false);
        } catch (PyException e) {
            context.modules().delItem(fullName);
            throw e;
        }
        if (parent != null) {
            Attr.setAttr(parent, shortName, module);
        }
        return module;
    }

    /** ModuleNotFoundError with its {@code name} attribute, as importlib raises it. */
    private static PyException notFound(String message, String name) {
        PyException e = PyErrors.moduleNotFoundError(message);
        e.exception.setAttribute("name", name);
        return e;
    }

    private record Found(Source source, boolean isPackage, String directory) {}

    private Found find(String name) {
        Object path = context.sys().getDict().getString("path");
        if (path instanceof PyList list) {
            for (Object entry : list.toArray()) {
                if (entry instanceof String dir) {
                    Found f = findIn(dir.isEmpty() ? "." : dir, name);
                    if (f != null) {
                        return f;
                    }
                }
            }
        }
        return findInLibrary(name);
    }

    private Found findInPackage(PyModule parent, String name) {
        Object path = parent.getDict().getString("__path__");
        if (path instanceof PyList list) {
            for (Object entry : list.toArray()) {
                if (entry instanceof String dir) {
                    Found f = dir.startsWith(LIBRARY) ? findInLibrary(dir.substring(LIBRARY.length()) + "/" + name) : findIn(dir, name);
                    if (f != null) {
                        return f;
                    }
                }
            }
        }
        return null;
    }

    private Found findIn(String dir, String name) {
        TruffleFile directory = context.env().getPublicTruffleFile(dir);
        TruffleFile file = directory.resolve(name + ".py");
        if (file.isRegularFile()) {
            return new Found(sourceOf(file), false, null);
        }
        TruffleFile pkg = directory.resolve(name);
        TruffleFile init = pkg.resolve("__init__.py");
        if (init.isRegularFile()) {
            return new Found(sourceOf(init), true, pkg.getPath());
        }
        return null;
    }

    private Source sourceOf(TruffleFile file) {
        try {
            return Source.newBuilder(PyLanguage.ID, file).content(new String(file.readAllBytes(), StandardCharsets.UTF_8)).name(file.getName())
                            .build();
        } catch (IOException e) {
            throw PyErrors.importError("cannot read " + file.getPath() + ": " + e.getMessage());
        }
    }

    /** pygil's own Python modules, shipped in the jar. */
    private static Found findInLibrary(String relative) {
        String resource = LIBRARY + relative;
        String text = readResource(resource + ".py");
        if (text != null) {
            return new Found(Source.newBuilder(PyLanguage.ID, text, resource + ".py").build(), false, null);
        }
        text = readResource(resource + "/__init__.py");
        if (text != null) {
            return new Found(Source.newBuilder(PyLanguage.ID, text, resource + "/__init__.py").build(), true, resource);
        }
        return null;
    }

    private static String readResource(String name) {
        try (InputStream in = ImportSystem.class.getResourceAsStream(name)) {
            return in == null ? null : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return null;
        }
    }

    /** {@code from module import name}: an attribute, or else a submodule. */
    @TruffleBoundary
    public Object importFrom(Object module, String name) {
        if (Attr.hasAttr(module, name)) {
            return Attr.getAttr(module, name);
        }
        if (module instanceof PyModule m && m.getDict().getString("__path__") != null) {
            try {
                return load(m.name + "." + name, m);
            } catch (PyException e) {
                // fall through to the ImportError CPython reports
            }
        }
        String modName = module instanceof PyModule m ? m.name : Repr.repr(module);
        Object file = module instanceof PyModule m ? m.getDict().getString("__file__") : null;
        String where = file instanceof String f ? " (" + f + ")" : " (unknown location)";
        PyException e = PyErrors.importError("cannot import name " + Repr.repr(name) + " from " + Repr.repr(modName) + where);
        e.exception.setAttribute("name", modName);
        if (file instanceof String f) {
            e.exception.setAttribute("path", f);
        }
        throw e;
    }

    /** {@code from module import *}: {@code __all__}, or every name not starting with an underscore. */
    @TruffleBoundary
    public void importStar(Object module, PyDict globals) {
        if (!(module instanceof PyModule m)) {
            return;
        }
        PyDict d = m.getDict();
        Object all = d.getString("__all__");
        if (all != null) {
            for (Object n : pygil.runtime.ops.Iter.toArray(all)) {
                globals.putString((String) n, Attr.getAttr(module, (String) n));
            }
            return;
        }
        for (Object key : d.keysArray()) {
            if (key instanceof String s && !s.startsWith("_")) {
                globals.putString(s, d.getItem(key));
            }
        }
    }
}
