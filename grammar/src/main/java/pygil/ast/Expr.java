package pygil.ast;

import java.util.List;

/**
 * Expressions, mirroring CPython's {@code ast} module (names shortened where Java clashes).
 * Constant values: {@link Long} or {@link java.math.BigInteger} (int), {@link Double} (float),
 * {@link String} (str), {@link Bytes} (bytes), {@link Boolean}, {@link None#VALUE},
 * {@link Ellipsis#VALUE}.
 */
public sealed interface Expr extends Node {

    enum None { VALUE }

    enum Ellipsis { VALUE }

    /** A bytes literal's contents. */
    record Bytes(byte[] value) {}

    record Constant(Object value, Pos pos) implements Expr {}

    /** An f-string: parts are Constant(str) and FormattedValue. */
    record JoinedStr(List<Expr> values, Pos pos) implements Expr {}

    /** {@code {value!conversion:formatSpec}}; conversion is 's', 'r', 'a' or -1; formatSpec is a JoinedStr or null. */
    record FormattedValue(Expr value, int conversion, Expr formatSpec, Pos pos) implements Expr {}

    record Name(String id, Ctx ctx, Pos pos) implements Expr {}

    record Attribute(Expr value, String attr, Ctx ctx, Pos pos) implements Expr {}

    record Subscript(Expr value, Expr slice, Ctx ctx, Pos pos) implements Expr {}

    /** {@code lower:upper:step}, each may be null. */
    record Slice(Expr lower, Expr upper, Expr step, Pos pos) implements Expr {}

    record Starred(Expr value, Ctx ctx, Pos pos) implements Expr {}

    record BinOp(Expr left, BinOpKind op, Expr right, Pos pos) implements Expr {}

    record UnaryOp(UnaryOpKind op, Expr operand, Pos pos) implements Expr {}

    /** {@code a and b and c} (isAnd) or {@code a or b or c}. */
    record BoolOp(boolean isAnd, List<Expr> values, Pos pos) implements Expr {}

    /** {@code left op0 c0 op1 c1 ...} (chained). */
    record Compare(Expr left, List<CmpOp> ops, List<Expr> comparators, Pos pos) implements Expr {}

    /** args may contain Starred; keywords with null arg are {@code **mapping}. */
    record Call(Expr func, List<Expr> args, List<Keyword> keywords, Pos pos) implements Expr {}

    record IfExp(Expr test, Expr body, Expr orelse, Pos pos) implements Expr {}

    record Lambda(Arguments args, Expr body, Pos pos) implements Expr {}

    /** {@code target := value}. */
    record NamedExpr(Name target, Expr value, Pos pos) implements Expr {}

    record ListExpr(List<Expr> elts, Ctx ctx, Pos pos) implements Expr {}

    record TupleExpr(List<Expr> elts, Ctx ctx, Pos pos) implements Expr {}

    record SetExpr(List<Expr> elts, Pos pos) implements Expr {}

    /** A null key means {@code **values[i]}. */
    record DictExpr(List<Expr> keys, List<Expr> values, Pos pos) implements Expr {}

    record ListComp(Expr elt, List<Comprehension> generators, Pos pos) implements Expr {}

    record SetComp(Expr elt, List<Comprehension> generators, Pos pos) implements Expr {}

    record DictComp(Expr key, Expr value, List<Comprehension> generators, Pos pos) implements Expr {}

    record GeneratorExp(Expr elt, List<Comprehension> generators, Pos pos) implements Expr {}

    /** value may be null. */
    record Yield(Expr value, Pos pos) implements Expr {}

    record YieldFrom(Expr value, Pos pos) implements Expr {}
}
