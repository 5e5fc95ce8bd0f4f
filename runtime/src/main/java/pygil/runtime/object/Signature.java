package pygil.runtime.object;

/**
 * The parameter list of a Python function. {@link #paramNames} is in frame order: positional-only,
 * regular, the {@code *args} name (if any), keyword-only, the {@code **kwargs} name (if any).
 */
public final class Signature {
    /** No parameters (module and class bodies). */
    public static final Signature NONE = new Signature(new String[0], 0, 0, 0, false, false);

    public final String[] paramNames;
    public final int posOnlyCount;
    /** Positional parameters, positional-only ones included. */
    public final int argCount;
    public final int kwOnlyCount;
    public final boolean hasVarArgs;
    public final boolean hasVarKeywords;

    public Signature(String[] paramNames, int posOnlyCount, int argCount, int kwOnlyCount, boolean hasVarArgs, boolean hasVarKeywords) {
        this.paramNames = paramNames;
        this.posOnlyCount = posOnlyCount;
        this.argCount = argCount;
        this.kwOnlyCount = kwOnlyCount;
        this.hasVarArgs = hasVarArgs;
        this.hasVarKeywords = hasVarKeywords;
        assert paramNames.length == argCount + kwOnlyCount + (hasVarArgs ? 1 : 0) + (hasVarKeywords ? 1 : 0);
    }

    /** A signature of plain positional parameters. */
    public static Signature positional(String... names) {
        return new Signature(names, 0, names.length, 0, false, false);
    }

    /** Index in {@link #paramNames} of the {@code *args} parameter (valid if {@link #hasVarArgs}). */
    public int varArgsIndex() {
        return argCount;
    }

    /** Index in {@link #paramNames} of the first keyword-only parameter. */
    public int kwOnlyStart() {
        return argCount + (hasVarArgs ? 1 : 0);
    }

    /** Index in {@link #paramNames} of the {@code **kwargs} parameter (valid if {@link #hasVarKeywords}). */
    public int varKeywordsIndex() {
        return paramNames.length - 1;
    }

    /** True if every call with exactly {@link #argCount} positional arguments binds directly. */
    public boolean isSimple() {
        return !hasVarArgs && !hasVarKeywords && kwOnlyCount == 0;
    }
}
