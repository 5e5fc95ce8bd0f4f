package pygil.runtime.ops;

import pygil.runtime.builtins.BuiltinTypes;
import pygil.runtime.object.PyTuple;
import pygil.runtime.object.PyType;
import pygil.runtime.text.PercentFormat;

/** Connects {@code str % args} ({@link PercentFormat}) to the object model. */
final class PercentHost implements PercentFormat.Host {
    static final PercentHost INSTANCE = new PercentHost();

    @Override
    public Object[] tupleItems(Object args) {
        return args instanceof PyTuple t ? t.items : null;
    }

    @Override
    public boolean isMapping(Object args) {
        return !(args instanceof PyTuple) && !(pygil.runtime.object.PyValueSub.unwrap(args) instanceof String) && BuiltinTypes.typeOf(args).lookup("__getitem__") != null;
    }

    @Override
    public Object getItem(Object mapping, String key) {
        return Items.getItem(mapping, key);
    }

    @Override
    public String str(Object o) {
        return Repr.str(o);
    }

    @Override
    public String repr(Object o) {
        return Repr.repr(o);
    }

    @Override
    public String typeName(Object o) {
        return BuiltinTypes.typeName(o);
    }

    @Override
    public Object toInt(Object o) {
        if (o instanceof Double || Numbers.isInt(o)) {
            return PercentFormat.Host.super.toInt(o);
        }
        PyType t = BuiltinTypes.typeOf(o);
        if (t.lookup("__int__") != null || t.lookup("__index__") != null) {
            return Numbers.toInt(o);
        }
        return null;
    }

    @Override
    public Object toIndex(Object o) {
        return Numbers.hasIndex(o) ? Numbers.index(o) : null;
    }

    @Override
    public Double toFloat(Object o) {
        if (o instanceof Double d) {
            return d;
        }
        PyType t = BuiltinTypes.typeOf(o);
        if (Numbers.isInt(o) || t.lookup("__float__") != null || t.lookup("__index__") != null) {
            return Numbers.toDouble(o);
        }
        return null;
    }
}
