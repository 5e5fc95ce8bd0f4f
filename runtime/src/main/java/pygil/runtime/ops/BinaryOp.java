package pygil.runtime.ops;

/**
 * The binary operators, with their source symbol and dunder names. Constant names match
 * {@code pygil.ast.BinOpKind} except {@code BITOR/BITXOR/BITAND}, which are {@link #OR},
 * {@link #XOR}, {@link #AND} here.
 */
public enum BinaryOp {
    ADD("+", "add"),
    SUB("-", "sub"),
    MUL("*", "mul"),
    MATMUL("@", "matmul"),
    TRUEDIV("/", "truediv"),
    FLOORDIV("//", "floordiv"),
    MOD("%", "mod"),
    POW("**", "pow"),
    LSHIFT("<<", "lshift"),
    RSHIFT(">>", "rshift"),
    OR("|", "or"),
    XOR("^", "xor"),
    AND("&", "and");

    public final String symbol;
    /** {@code __add__}. */
    public final String dunder;
    /** {@code __radd__}. */
    public final String reflected;
    /** {@code __iadd__}. */
    public final String inplace;
    /** The symbol of the augmented assignment ({@code +=}). */
    public final String inplaceSymbol;

    BinaryOp(String symbol, String stem) {
        this.symbol = symbol;
        this.dunder = "__" + stem + "__";
        this.reflected = "__r" + stem + "__";
        this.inplace = "__i" + stem + "__";
        this.inplaceSymbol = symbol + "=";
    }

    private static final BinaryOp[] VALUES = values();

    /** The operator with the given AST name ({@code BITOR} maps to {@link #OR}, ...). */
    public static BinaryOp fromAstName(String name) {
        switch (name) {
            case "BITOR":
                return OR;
            case "BITXOR":
                return XOR;
            case "BITAND":
                return AND;
            default:
                return valueOf(name);
        }
    }

    static BinaryOp of(int ordinal) {
        return VALUES[ordinal];
    }
}
