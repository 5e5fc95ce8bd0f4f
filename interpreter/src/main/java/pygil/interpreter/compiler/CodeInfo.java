package pygil.interpreter.compiler;

import pygil.runtime.object.PyCode;

/**
 * What the interpreter records about a code object beyond {@link PyCode}'s fields (kept in
 * {@code PyCode.extra}): which kind of scope it runs, and a function's docstring.
 */
public record CodeInfo(Kind kind, String doc) {

    /** The kinds of code object, as CPython's symtable distinguishes them. */
    public enum Kind { MODULE, CLASS_BODY, FUNCTION, COMPREHENSION }

    public static CodeInfo of(PyCode code) {
        return code.extra instanceof CodeInfo info ? info : new CodeInfo(Kind.FUNCTION, null);
    }
}
