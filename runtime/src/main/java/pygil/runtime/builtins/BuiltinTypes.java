package pygil.runtime.builtins;

import java.math.BigInteger;

import pygil.runtime.object.PyObject;
import pygil.runtime.object.LazyMethods;
import pygil.runtime.object.PyType;
import pygil.runtime.object.PyType.Layout;
import pygil.runtime.refcount.ZeroCountTable;

/**
 * The builtin types (Equivalent of CPython's static {@code Py*_Type} objects), and
 * {@link #typeOf}, the {@code type(x)} of any value. The method tables are installed by one
 * class per type ({@link ObjectType}, {@link StrType}, {@link ListType}, ...).
 *
 * <p>Initialization order: all type objects are created first, then the method tables are
 * filled. Nothing here may touch {@code ExceptionTypes} during class initialization (that class
 * initializes this one first); method bodies may, since they run later.
 */
public final class BuiltinTypes {
    private BuiltinTypes() {}

    public static final PyType OBJECT = new PyType("object", null, Layout.OBJECT, true);
    public static final PyType TYPE = new PyType("type", OBJECT, Layout.TYPE, true);
    public static final PyType INT = new PyType("int", OBJECT, Layout.INT, true);
    public static final PyType BOOL = new PyType("bool", INT, Layout.BUILTIN, false);
    public static final PyType FLOAT = new PyType("float", OBJECT, Layout.FLOAT, true);
    public static final PyType COMPLEX = new PyType("complex", OBJECT, Layout.COMPLEX, true);
    public static final PyType STR = new PyType("str", OBJECT, Layout.STR, true);
    public static final PyType BYTES = new PyType("bytes", OBJECT, Layout.BYTES, true);
    public static final PyType BYTEARRAY = builtin("bytearray", false);
    public static final PyType LIST = new PyType("list", OBJECT, Layout.LIST, true);
    public static final PyType TUPLE = new PyType("tuple", OBJECT, Layout.TUPLE, true);
    public static final PyType DICT = new PyType("dict", OBJECT, Layout.DICT, true);
    public static final PyType SET = new PyType("set", OBJECT, Layout.SET, true);
    public static final PyType FROZENSET = new PyType("frozenset", OBJECT, Layout.FROZENSET, true);
    public static final PyType RANGE = builtin("range", false);
    public static final PyType SLICE = builtin("slice", false);
    public static final PyType NONE_TYPE = builtin("NoneType", false);
    public static final PyType NOT_IMPLEMENTED_TYPE = builtin("NotImplementedType", false);
    public static final PyType ELLIPSIS_TYPE = builtin("ellipsis", false);
    public static final PyType FUNCTION = builtin("function", false);
    public static final PyType BUILTIN_FUNCTION = builtin("builtin_function_or_method", false);
    public static final PyType METHOD_DESCRIPTOR = builtin("method_descriptor", false);
    public static final PyType METHOD = builtin("method", false);
    public static final PyType MEMBER_DESCRIPTOR = builtin("member_descriptor", false);
    public static final PyType MODULE = builtin("module", true);
    public static final PyType CELL = builtin("cell", false);
    public static final PyType CODE = builtin("code", false);
    public static final PyType PROPERTY = builtin("property", true);
    public static final PyType STATICMETHOD = builtin("staticmethod", true);
    public static final PyType CLASSMETHOD = builtin("classmethod", true);
    public static final PyType SUPER = builtin("super", true);
    /** The interpreter fills in its methods ({@code send}, {@code throw}, {@code close}). */
    public static final PyType GENERATOR = builtin("generator", false);

    // Iterator and view types (names as CPython 3.11 reports them).
    public static final PyType LIST_ITERATOR = builtin("list_iterator", false);
    public static final PyType LIST_REVERSEITERATOR = builtin("list_reverseiterator", false);
    public static final PyType TUPLE_ITERATOR = builtin("tuple_iterator", false);
    public static final PyType STR_ITERATOR = builtin("str_ascii_iterator", false);
    public static final PyType BYTES_ITERATOR = builtin("bytes_iterator", false);
    public static final PyType BYTEARRAY_ITERATOR = builtin("bytearray_iterator", false);
    public static final PyType RANGE_ITERATOR = builtin("range_iterator", false);
    public static final PyType LONGRANGE_ITERATOR = builtin("longrange_iterator", false);
    public static final PyType DICT_KEYITERATOR = builtin("dict_keyiterator", false);
    public static final PyType DICT_VALUEITERATOR = builtin("dict_valueiterator", false);
    public static final PyType DICT_ITEMITERATOR = builtin("dict_itemiterator", false);
    public static final PyType DICT_REVERSEKEYITERATOR = builtin("dict_reversekeyiterator", false);
    public static final PyType DICT_KEYS = builtin("dict_keys", false);
    public static final PyType DICT_VALUES = builtin("dict_values", false);
    public static final PyType DICT_ITEMS = builtin("dict_items", false);
    public static final PyType SET_ITERATOR = builtin("set_iterator", false);
    public static final PyType SEQ_ITERATOR = builtin("iterator", false);
    public static final PyType CALLABLE_ITERATOR = builtin("callable_iterator", false);
    public static final PyType ENUMERATE = builtin("enumerate", true);
    public static final PyType ZIP = builtin("zip", true);
    public static final PyType MAP = builtin("map", true);
    public static final PyType FILTER = builtin("filter", true);
    public static final PyType REVERSED = builtin("reversed", true);
    public static final PyType TEXT_IO_WRAPPER = builtin("TextIOWrapper", true);

    static {
        // Methods are defined on first use of a type (LazyMethods): a script pays for the types it uses.
        lazy("object", ObjectType::install, OBJECT);
        lazy("type", TypeType::install, TYPE);
        lazy("int", IntType::install, INT, BOOL);
        lazy("float", FloatType::install, FLOAT);
        lazy("complex", ComplexType::install, COMPLEX);
        lazy("str", StrType::install, STR);
        lazy("bytes", BytesType::install, BYTES);
        lazy("bytearray", ByteArrayType::install, BYTEARRAY);
        lazy("list", ListType::install, LIST);
        lazy("tuple", TupleType::install, TUPLE);
        lazy("dict", DictType::install, DICT);
        lazy("set", SetType::install, SET, FROZENSET);
        lazy("misc", MiscTypes::install, NONE_TYPE, NOT_IMPLEMENTED_TYPE, ELLIPSIS_TYPE, FUNCTION, BUILTIN_FUNCTION, METHOD_DESCRIPTOR, METHOD,
                        MEMBER_DESCRIPTOR, MODULE, CELL, CODE, PROPERTY, STATICMETHOD, CLASSMETHOD, SUPER, RANGE, SLICE);
        lazy("iterators", IteratorTypes::install, LIST_ITERATOR, LIST_REVERSEITERATOR, TUPLE_ITERATOR, STR_ITERATOR, BYTES_ITERATOR,
                        BYTEARRAY_ITERATOR, RANGE_ITERATOR, LONGRANGE_ITERATOR, DICT_KEYITERATOR, DICT_VALUEITERATOR, DICT_ITEMITERATOR,
                        DICT_REVERSEKEYITERATOR, DICT_KEYS, DICT_VALUES, DICT_ITEMS, SET_ITERATOR, SEQ_ITERATOR, CALLABLE_ITERATOR, ENUMERATE, ZIP,
                        MAP, FILTER, REVERSED);
        lazy("TextIOWrapper", TextStreamType::install, TEXT_IO_WRAPPER);
        Finalization.install();
    }

    /**
     * Registers a group's installer. Everything it creates is referenced from an immortal type
     * dict, so the zero-count entries it leaves are dropped when it returns.
     */
    private static void lazy(String name, Runnable install, PyType... types) {
        LazyMethods.defer(name, () -> {
            int mark = ZeroCountTable.current().mark();
            install.run();
            ZeroCountTable.current().flush(mark);
        }, types);
    }

    private static PyType builtin(String name, boolean acceptableBase) {
        return new PyType(name, OBJECT, Layout.BUILTIN, acceptableBase);
    }

    /** {@code type(value)} for any value (Equivalent of {@code Py_TYPE}). */
    public static PyType typeOf(Object value) {
        if (value instanceof Long) {
            return INT;
        }
        if (value instanceof PyObject p) {
            return p.getType();
        }
        if (value instanceof String) {
            return STR;
        }
        if (value instanceof Double) {
            return FLOAT;
        }
        if (value instanceof Boolean) {
            return BOOL;
        }
        if (value instanceof BigInteger || value instanceof Integer) {
            return INT;
        }
        throw new IllegalArgumentException("not a Python value: " + (value == null ? "null" : value.getClass().getName()));
    }

    /** {@code type(value).__name__}. */
    public static String typeName(Object value) {
        return typeOf(value).getName();
    }
}
