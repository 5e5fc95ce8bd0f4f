package pygil.interpreter.imports;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.ServiceLoader;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

import pygil.interpreter.PyContext;
import pygil.runtime.module.BuiltinModule;
import pygil.runtime.module.ModuleHost;

/**
 * The Java modules found through {@link ServiceLoader} (the stdlib jar), by name, and the
 * {@link ModuleHost} they are created with.
 */
final class BuiltinModules implements ModuleHost {
    private final PyContext context;
    private final Map<String, BuiltinModule> byName = new HashMap<>();

    BuiltinModules(PyContext context) {
        this.context = context;
        for (BuiltinModule m : ServiceLoader.load(BuiltinModule.class, BuiltinModules.class.getClassLoader())) {
            byName.put(m.name(), m);
        }
    }

    BuiltinModule find(String name) {
        return byName.get(name);
    }

    java.util.Set<String> names() {
        return byName.keySet();
    }

    @Override
    @TruffleBoundary
    public Path workingDirectory() {
        return Path.of(context.env().getCurrentWorkingDirectory().getAbsoluteFile().getPath());
    }

    @Override
    @TruffleBoundary
    public Map<String, String> environment() {
        return context.env().getEnvironment();
    }

    /** Blocking calls of builtin modules ({@code time.sleep}, waits, I/O) run without the GIL. */
    @Override
    public <T> T blocking(java.util.function.Supplier<T> call) {
        return context.pendingCalls().blocking(() -> context.gil().releaseWhile(context.language().gilThread(), null, call));
    }

    @Override
    public void checkSignals() {
        context.pendingCalls().runPending();
    }

    @Override
    public boolean isMainThread() {
        return context.pendingCalls().isMainThread();
    }

    @Override
    public void addPendingCall(Runnable call) {
        context.pendingCalls().add(call);
    }

    @Override
    public java.io.InputStream standardInput() {
        return context.env().in();
    }

    @Override
    public java.io.OutputStream standardOutput() {
        return context.env().out();
    }

    @Override
    public java.io.OutputStream standardError() {
        return context.env().err();
    }

    @Override
    public boolean ownsProcess() {
        return context.env().getOptions().get(pygil.interpreter.PyOptions.OWNS_PROCESS);
    }

    @Override
    public Object sys(String name) {
        return context.sys().getDict().getString(name);
    }
}
