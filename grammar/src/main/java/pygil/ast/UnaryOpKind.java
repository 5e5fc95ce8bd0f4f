package pygil.ast;

public enum UnaryOpKind {
    NOT("not"), NEG("-"), POS("+"), INVERT("~");
    public final String symbol;
    UnaryOpKind(String symbol) { this.symbol = symbol; }
}
