package pygil.interpreter.interop;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.RootNode;
import com.oracle.truffle.api.source.Source;

import pygil.interpreter.PyContext;
import pygil.interpreter.PyLanguage;
import pygil.runtime.object.PyModule;

/**
 * Runs a source of MIME type {@link PyLanguage#MODULE_MIME_TYPE} as a module for an embedder
 * and answers the module (as an {@link InteropObject}), so that the host can read its globals
 * and call its functions. The module is named after the source ({@code areas.py} gives
 * {@code areas}) and registered in {@code sys.modules}. Unlike {@code __main__}, nothing is
 * cleared afterwards: the module lives as long as the context. An exception in the module body
 * reaches the host as a {@code PolyglotException}.
 */
public final class EmbeddedModuleRootNode extends RootNode {
    private final Source source;

    public EmbeddedModuleRootNode(PyLanguage language, Source source) {
        super(language);
        this.source = source;
    }

    @Override
    public Object execute(VirtualFrame frame) {
        return run();
    }

    @TruffleBoundary
    private Object run() {
        PyContext context = PyContext.get();
        String name = moduleName(source.getName());
        return EmbedderCall.run(this, () -> {
            PyModule module = new PyModule(name);
            context.modules().putString(name, module);
            context.imports().execModule(module, source, false);
            return InteropValues.toInterop(module);
        });
    }

    /** {@code dir/areas.py} -> {@code areas}. */
    static String moduleName(String sourceName) {
        String base = sourceName.substring(sourceName.lastIndexOf('/') + 1);
        return base.endsWith(".py") ? base.substring(0, base.length() - 3) : base;
    }

    @Override
    public String getName() {
        return "<module>";
    }

    @Override
    public boolean isInternal() {
        return true;
    }
}
