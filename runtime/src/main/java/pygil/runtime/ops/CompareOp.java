package pygil.runtime.ops;

/** The rich comparison operators (Equivalent of {@code Py_LT} ... {@code Py_GE}). */
public enum CompareOp {
    LT("<", "__lt__"),
    LE("<=", "__le__"),
    EQ("==", "__eq__"),
    NE("!=", "__ne__"),
    GT(">", "__gt__"),
    GE(">=", "__ge__");

    public final String symbol;
    public final String dunder;

    CompareOp(String symbol, String dunder) {
        this.symbol = symbol;
        this.dunder = dunder;
    }

    /** The operator with swapped operands ({@code a < b} is {@code b > a}). */
    public CompareOp reflected() {
        switch (this) {
            case LT:
                return GT;
            case LE:
                return GE;
            case GT:
                return LT;
            case GE:
                return LE;
            default:
                return this;
        }
    }

    /** True if {@code cmp} (a three-way result) satisfies this operator. */
    public boolean test(int cmp) {
        switch (this) {
            case LT:
                return cmp < 0;
            case LE:
                return cmp <= 0;
            case EQ:
                return cmp == 0;
            case NE:
                return cmp != 0;
            case GT:
                return cmp > 0;
            default:
                return cmp >= 0;
        }
    }
}
