package pygil.ast;

/** Binary and augmented-assignment operators, with their source spelling and dunder names. */
public enum BinOpKind {
    ADD("+", "add"), SUB("-", "sub"), MUL("*", "mul"), MATMUL("@", "matmul"), TRUEDIV("/", "truediv"),
    FLOORDIV("//", "floordiv"), MOD("%", "mod"), POW("**", "pow"), LSHIFT("<<", "lshift"),
    RSHIFT(">>", "rshift"), BITOR("|", "or"), BITXOR("^", "xor"), BITAND("&", "and");

    public final String symbol;
    /** {@code __add__}, {@code __radd__}, {@code __iadd__} are built from this stem. */
    public final String stem;

    BinOpKind(String symbol, String stem) {
        this.symbol = symbol;
        this.stem = stem;
    }

    public String dunder() { return "__" + stem + "__"; }
    public String reflected() { return "__r" + stem + "__"; }
    public String inplace() { return "__i" + stem + "__"; }
}
