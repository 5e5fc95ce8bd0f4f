package pygil.scope;

/** Per-name flags collected while visiting a scope, as in CPython's {@code symtable.h}. */
final class Flags {

    private Flags() {}

    static final int GLOBAL = 1;
    static final int LOCAL = 2;
    static final int PARAM = 4;
    static final int NONLOCAL = 8;
    static final int USE = 16;
    static final int IMPORT = 32;
    static final int ANNOT = 64;
    static final int COMP_ITER = 128;
    /** Bound in a class body and free in one of its methods (CPython's DEF_FREE_CLASS). */
    static final int FREE_CLASS = 256;

    static final int BOUND = LOCAL | PARAM | IMPORT;
}
