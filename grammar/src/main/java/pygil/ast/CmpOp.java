package pygil.ast;

/** Comparison operators; the rich ones map to {@code __lt__} and friends. */
public enum CmpOp {
    EQ("==", "__eq__"), NOT_EQ("!=", "__ne__"), LT("<", "__lt__"), LT_E("<=", "__le__"),
    GT(">", "__gt__"), GT_E(">=", "__ge__"), IS("is", null), IS_NOT("is not", null),
    IN("in", null), NOT_IN("not in", null);

    public final String symbol;
    public final String dunder;

    CmpOp(String symbol, String dunder) {
        this.symbol = symbol;
        this.dunder = dunder;
    }
}
