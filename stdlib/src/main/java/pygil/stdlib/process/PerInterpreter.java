package pygil.stdlib.process;

import java.util.Map;
import java.util.WeakHashMap;
import java.util.function.Supplier;

import pygil.runtime.module.ModuleHost;

/**
 * State that one interpreter's modules share (the {@code os} and {@code _subprocess} modules
 * both see the same child processes and pipe descriptors), keyed by the interpreter's
 * {@link ModuleHost} and forgotten with it.
 */
final class PerInterpreter<T> {
    private final Map<ModuleHost, T> byHost = new WeakHashMap<>();
    private final Supplier<T> factory;

    PerInterpreter(Supplier<T> factory) {
        this.factory = factory;
    }

    synchronized T of(ModuleHost host) {
        return byHost.computeIfAbsent(host, h -> factory.get());
    }
}
