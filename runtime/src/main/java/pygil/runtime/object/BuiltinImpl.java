package pygil.runtime.object;

/**
 * The Java implementation of a builtin function or method. Same convention as
 * {@link pygil.runtime.call.Call#call}: positional arguments are
 * {@code args[0 .. args.length - kwNames.length)}, keyword values the last
 * {@code kwNames.length} entries. For methods, {@code args[0]} is {@code self}.
 */
@FunctionalInterface
public interface BuiltinImpl {
    Object call(Object[] args, String[] kwNames);
}
