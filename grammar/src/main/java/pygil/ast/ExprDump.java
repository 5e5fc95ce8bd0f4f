package pygil.ast;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

import pygil.ast.AstDump.DNode;
import pygil.ast.AstDump.Repr;

/** The expression half of {@link DumpTree}: CPython's expression classes and operator names. */
final class ExprDump {

    private ExprDump() {}

    static Object of(DumpTree t, Expr e) {
        Pos p = e.pos();
        return switch (e) {
            case Expr.Constant c -> t.make("Constant", p, "value", constant(c.value()));
            case Expr.JoinedStr j -> t.make("JoinedStr", p, "values", t.list(j.values()));
            case Expr.FormattedValue f -> t.make("FormattedValue", p, "value", t.node(f.value()),
                    "conversion", new Repr(Integer.toString(f.conversion())), "format_spec?", t.opt(f.formatSpec()));
            case Expr.Name n -> t.make("Name", p, "id", DumpTree.str(n.id()), "ctx", ctx(n.ctx()));
            case Expr.Attribute a -> t.make("Attribute", p, "value", t.node(a.value()), "attr", DumpTree.str(a.attr()),
                    "ctx", ctx(a.ctx()));
            case Expr.Subscript s -> t.make("Subscript", p, "value", t.node(s.value()), "slice", t.node(s.slice()),
                    "ctx", ctx(s.ctx()));
            case Expr.Slice s -> t.make("Slice", p, "lower?", t.opt(s.lower()), "upper?", t.opt(s.upper()),
                    "step?", t.opt(s.step()));
            case Expr.Starred s -> t.make("Starred", p, "value", t.node(s.value()), "ctx", ctx(s.ctx()));
            case Expr.BinOp b -> t.make("BinOp", p, "left", t.node(b.left()), "op", op(b.op()), "right", t.node(b.right()));
            case Expr.UnaryOp u -> t.make("UnaryOp", p, "op", simple(switch (u.op()) {
                case NOT -> "Not";
                case NEG -> "USub";
                case POS -> "UAdd";
                case INVERT -> "Invert";
            }), "operand", t.node(u.operand()));
            case Expr.BoolOp b -> t.make("BoolOp", p, "op", simple(b.isAnd() ? "And" : "Or"), "values", t.list(b.values()));
            case Expr.Compare c -> {
                List<Object> ops = new ArrayList<>();
                for (CmpOp op : c.ops()) {
                    ops.add(cmp(op));
                }
                yield t.make("Compare", p, "left", t.node(c.left()), "ops", ops, "comparators", t.list(c.comparators()));
            }
            case Expr.Call c -> t.make("Call", p, "func", t.node(c.func()), "args", t.list(c.args()),
                    "keywords", t.list(c.keywords()));
            case Expr.IfExp i -> t.make("IfExp", p, "test", t.node(i.test()), "body", t.node(i.body()),
                    "orelse", t.node(i.orelse()));
            case Expr.Lambda l -> t.make("Lambda", p, "args", t.node(l.args()), "body", t.node(l.body()));
            case Expr.NamedExpr n -> t.make("NamedExpr", p, "target", t.node(n.target()), "value", t.node(n.value()));
            case Expr.ListExpr l -> t.make("List", p, "elts", t.list(l.elts()), "ctx", ctx(l.ctx()));
            case Expr.TupleExpr tu -> t.make("Tuple", p, "elts", t.list(tu.elts()), "ctx", ctx(tu.ctx()));
            case Expr.SetExpr s -> t.make("Set", p, "elts", t.list(s.elts()));
            case Expr.DictExpr d -> t.make("Dict", p, "keys", t.list(d.keys()), "values", t.list(d.values()));
            case Expr.ListComp c -> t.make("ListComp", p, "elt", t.node(c.elt()), "generators", t.list(c.generators()));
            case Expr.SetComp c -> t.make("SetComp", p, "elt", t.node(c.elt()), "generators", t.list(c.generators()));
            case Expr.DictComp c -> t.make("DictComp", p, "key", t.node(c.key()), "value", t.node(c.value()),
                    "generators", t.list(c.generators()));
            case Expr.GeneratorExp c -> t.make("GeneratorExp", p, "elt", t.node(c.elt()),
                    "generators", t.list(c.generators()));
            case Expr.Yield y -> t.make("Yield", p, "value?", t.opt(y.value()));
            case Expr.YieldFrom y -> t.make("YieldFrom", p, "value", t.node(y.value()));
        };
    }

    private static DNode simple(String cls) {
        return new DNode(cls, List.of(), List.of());
    }

    static DNode ctx(Ctx c) {
        return simple(switch (c) {
            case LOAD -> "Load";
            case STORE -> "Store";
            case DEL -> "Del";
        });
    }

    static DNode op(BinOpKind k) {
        return simple(switch (k) {
            case ADD -> "Add";
            case SUB -> "Sub";
            case MUL -> "Mult";
            case MATMUL -> "MatMult";
            case TRUEDIV -> "Div";
            case FLOORDIV -> "FloorDiv";
            case MOD -> "Mod";
            case POW -> "Pow";
            case LSHIFT -> "LShift";
            case RSHIFT -> "RShift";
            case BITOR -> "BitOr";
            case BITXOR -> "BitXor";
            case BITAND -> "BitAnd";
        });
    }

    private static DNode cmp(CmpOp op) {
        return simple(switch (op) {
            case EQ -> "Eq";
            case NOT_EQ -> "NotEq";
            case LT -> "Lt";
            case LT_E -> "LtE";
            case GT -> "Gt";
            case GT_E -> "GtE";
            case IS -> "Is";
            case IS_NOT -> "IsNot";
            case IN -> "In";
            case NOT_IN -> "NotIn";
        });
    }

    private static Repr constant(Object v) {
        return new Repr(switch (v) {
            case String s -> PyRepr.str(s);
            case Expr.Bytes b -> PyRepr.bytes(b.value());
            case Long l -> l.toString();
            case BigInteger b -> b.toString();
            case Double d -> PyRepr.floatRepr(d);
            case Boolean b -> b ? "True" : "False";
            case Expr.None n -> "None";
            case Expr.Ellipsis e -> "Ellipsis";
            default -> String.valueOf(v);
        });
    }
}
