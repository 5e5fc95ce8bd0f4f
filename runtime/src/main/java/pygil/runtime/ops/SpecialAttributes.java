package pygil.runtime.ops;

import java.math.BigInteger;

import pygil.runtime.builtins.BuiltinTypes;
import pygil.runtime.error.PyBaseException;
import pygil.runtime.error.PyErrors;
import pygil.runtime.object.HasAttributes;
import pygil.runtime.object.PNone;
import pygil.runtime.object.PyBuiltinFunction;
import pygil.runtime.object.PyCell;
import pygil.runtime.object.PyClassMethod;
import pygil.runtime.object.PyCode;
import pygil.runtime.object.PyComplex;
import pygil.runtime.object.PyDict;
import pygil.runtime.object.PyFunction;
import pygil.runtime.object.PyInstance;
import pygil.runtime.object.PyMethod;
import pygil.runtime.object.PyModule;
import pygil.runtime.object.PyProperty;
import pygil.runtime.object.PyRange;
import pygil.runtime.object.PySlice;
import pygil.runtime.object.PyStaticMethod;
import pygil.runtime.object.PySuper;
import pygil.runtime.object.PyTuple;
import pygil.runtime.object.PyType;
import pygil.runtime.object.PyValueSub;

/**
 * The attributes CPython implements as getset/member descriptors on builtin types
 * ({@code __class__}, {@code __dict__}, {@code f.__name__}, {@code e.args},
 * {@code slice.start}, ...). They behave as data descriptors: they win over the instance dict.
 *
 * <p>Objects defined outside the runtime (the interpreter's generators, frames, tracebacks) can
 * implement this interface to expose their own.
 */
public interface SpecialAttributes {
    /** The attribute, or null if this object has no special attribute of that name. */
    Object getSpecialAttribute(String name);

    /** Sets (value non-null) or deletes (null) a special attribute; false if not special. */
    default boolean setSpecialAttribute(String name, Object value) {
        return false;
    }

    /** The special attribute {@code name} of {@code obj}, or null. */
    static Object get(Object obj, String name) {
        if (name.equals("__class__")) {
            return BuiltinTypes.typeOf(obj);
        }
        if (obj instanceof SpecialAttributes s) {
            return s.getSpecialAttribute(name);
        }
        if (obj instanceof PyBaseException e) {
            switch (name) {
                case "args":
                    return e.getArgs();
                case "__cause__":
                    return orNone(e.getCause());
                case "__context__":
                    return orNone(e.getContext());
                case "__suppress_context__":
                    return e.suppressContext;
                case "__traceback__":
                    return orNone(e.getTraceback());
                case "__dict__":
                    return e.getDict();
                default:
                    return null;
            }
        }
        if (obj instanceof PyValueSub v && !name.equals("__dict__")) {
            return get(v.value, name); // int's real, numerator, ... of the value
        }
        if (obj instanceof PyInstance i) {
            return name.equals("__dict__") && i.getType().instancesHaveDict() ? i.getDict() : null;
        }
        if (obj instanceof PyComplex c && (name.equals("real") || name.equals("imag"))) {
            return name.equals("real") ? c.real : c.imag;
        }
        if (obj instanceof PyFunction f) {
            return functionAttribute(f, name);
        }
        if (obj instanceof PyMethod m) {
            switch (name) {
                case "__self__":
                    return m.self;
                case "__func__":
                    return m.function;
                default:
                    // Attributes the method type lacks come from the function (method_getattro).
                    return m.getType().lookup(name) != null ? null : Attr.lookupAttr(m.function, name);
            }
        }
        if (obj instanceof PyBuiltinFunction b) {
            switch (name) {
                case "__name__":
                    return b.name;
                case "__qualname__":
                    return b.getQualname();
                case "__self__":
                    return b.self != null ? b.self : PNone.NONE;
                case "__doc__":
                    return b.doc != null ? b.doc : PNone.NONE;
                case "__module__":
                    return b.owner == null ? "builtins" : PNone.NONE;
                case "__objclass__":
                    return b.owner;
                default:
                    return null;
            }
        }
        if (obj instanceof PyModule m) {
            return name.equals("__dict__") ? m.dict : null;
        }
        if (obj instanceof Long || obj instanceof BigInteger || obj instanceof Boolean) {
            switch (name) {
                case "real":
                case "numerator":
                    return obj instanceof Boolean b ? (Object) (b ? 1L : 0L) : obj;
                case "imag":
                    return 0L;
                case "denominator":
                    return 1L;
                default:
                    return null;
            }
        }
        if (obj instanceof Double d) {
            return name.equals("real") ? d : name.equals("imag") ? (Object) 0.0 : null;
        }
        if (obj instanceof PyProperty p) {
            switch (name) {
                case "fget":
                    return orNone(p.fget);
                case "fset":
                    return orNone(p.fset);
                case "fdel":
                    return orNone(p.fdel);
                case "__doc__":
                    return orNone(p.doc);
                default:
                    return null;
            }
        }
        if (obj instanceof PyStaticMethod s) {
            return name.equals("__func__") || name.equals("__wrapped__") ? s.callable : name.equals("__dict__") ? s.getDict() : s.getDict().getString(name);
        }
        if (obj instanceof PyClassMethod c) {
            return name.equals("__func__") || name.equals("__wrapped__") ? c.callable : name.equals("__dict__") ? c.getDict() : c.getDict().getString(name);
        }
        if (obj instanceof PySlice s) {
            return name.equals("start") ? s.start : name.equals("stop") ? s.stop : name.equals("step") ? s.step : null;
        }
        if (obj instanceof PyRange r) {
            return name.equals("start") ? r.startObj() : name.equals("stop") ? r.stopObj() : name.equals("step") ? r.stepObj() : null;
        }
        if (obj instanceof PySuper s) {
            switch (name) {
                case "__thisclass__":
                    return s.type;
                case "__self__":
                    return orNone(s.obj);
                case "__self_class__":
                    return orNone(s.objType);
                default:
                    return null;
            }
        }
        if (obj instanceof PyCell c) {
            if (name.equals("cell_contents")) {
                if (c.get() == null) {
                    throw PyErrors.valueError("Cell is empty");
                }
                return c.get();
            }
            return null;
        }
        if (obj instanceof PyCode c) {
            return codeAttribute(c, name);
        }
        if (obj instanceof HasAttributes h && name.equals("__dict__")) {
            return h.getDict();
        }
        return null;
    }

    private static Object orNone(Object o) {
        return o == null ? PNone.NONE : o;
    }

    private static Object functionAttribute(PyFunction f, String name) {
        switch (name) {
            case "__name__":
                return f.name;
            case "__qualname__":
                return f.qualname;
            case "__module__":
                return f.module == null ? PNone.NONE : f.module;
            case "__doc__":
                return f.doc;
            case "__defaults__":
                return f.defaults.length == 0 ? PNone.NONE : PyTuple.of(f.defaults.clone());
            case "__kwdefaults__":
                return orNone(f.kwDefaults);
            case "__closure__":
                return f.closure.length == 0 ? PNone.NONE : PyTuple.of((Object[]) f.closure.clone());
            case "__code__":
                return f.code;
            case "__globals__":
                return f.globals;
            case "__dict__":
                return f.getDict();
            case "__annotations__": {
                Object a = f.getAttribute("__annotations__");
                if (a == null) {
                    a = new PyDict();
                    f.setAttribute("__annotations__", a);
                }
                return a;
            }
            default:
                return null;
        }
    }

    private static Object codeAttribute(PyCode c, String name) {
        switch (name) {
            case "co_name":
                return c.name;
            case "co_qualname":
                return c.qualname;
            case "co_filename":
                return c.filename;
            case "co_firstlineno":
                return (long) c.firstLine;
            case "co_argcount":
                return (long) c.signature.argCount;
            case "co_posonlyargcount":
                return (long) c.signature.posOnlyCount;
            case "co_kwonlyargcount":
                return (long) c.signature.kwOnlyCount;
            case "co_varnames":
                return PyTuple.of((Object[]) c.signature.paramNames.clone());
            default:
                return null;
        }
    }

    /** Sets or deletes (value null) a special attribute; false if {@code name} is not special for obj. */
    static boolean set(Object obj, String name, Object value) {
        if (obj instanceof SpecialAttributes s) {
            return s.setSpecialAttribute(name, value);
        }
        if (name.equals("__class__")) {
            if (obj instanceof PyInstance i && !(obj instanceof PyBaseException) && value instanceof PyType t && !t.isBuiltin()
                            && t.getLayout() == i.getType().getLayout()) {
                i.setType(t);
                return true;
            }
            if (value == null) {
                throw PyErrors.typeError("can't delete __class__ attribute");
            }
            throw PyErrors.typeError("__class__ assignment only supported for mutable types or ModuleType subclasses");
        }
        if (obj instanceof PyBaseException e) {
            switch (name) {
                case "args":
                    e.setArgs(value == null ? PyTuple.EMPTY : PyTuple.of(Iter.toArray(value)));
                    return true;
                case "__cause__":
                    if (value != null && value != PNone.NONE && !(value instanceof PyBaseException)) {
                        throw PyErrors.typeError("exception cause must be None or derive from BaseException");
                    }
                    e.setCause(value == PNone.NONE ? null : value);
                    return true;
                case "__context__":
                    e.setContext(value == PNone.NONE ? null : value);
                    return true;
                case "__suppress_context__":
                    e.suppressContext = value != null && Truth.isTrue(value);
                    return true;
                case "__traceback__":
                    e.setTraceback(value == PNone.NONE ? null : value);
                    return true;
                default:
                    break;
            }
        }
        if (obj instanceof PyInstance i && name.equals("__dict__")) {
            if (!(value instanceof PyDict d)) {
                throw PyErrors.typeError("__dict__ must be set to a dictionary, not a '" + BuiltinTypes.typeName(value) + "'");
            }
            i.setDict(d);
            return true;
        }
        if (obj instanceof PyFunction f) {
            return setFunctionAttribute(f, name, value);
        }
        if (obj instanceof PyStaticMethod || obj instanceof PyClassMethod) {
            PyDict d = obj instanceof PyStaticMethod s ? s.getDict() : ((PyClassMethod) obj).getDict();
            if (value == null) {
                return d.delItem(name);
            }
            d.putString(name, value);
            return true;
        }
        if (isReadOnlySpecial(obj, name)) {
            throw PyErrors.attributeError("attribute '" + name + "' of '" + BuiltinTypes.typeName(obj) + "' objects is not writable");
        }
        return false;
    }

    private static boolean isReadOnlySpecial(Object obj, String name) {
        if (obj instanceof PyInstance || obj instanceof PyModule) {
            return false;
        }
        return get(obj, name) != null;
    }

    private static boolean setFunctionAttribute(PyFunction f, String name, Object value) {
        switch (name) {
            case "__name__":
            case "__qualname__":
                if (!(value instanceof String s)) {
                    throw PyErrors.typeError(name + " must be set to a string object");
                }
                if (name.equals("__name__")) {
                    f.name = s;
                } else {
                    f.qualname = s;
                }
                return true;
            case "__module__":
                f.module = value instanceof String s ? s : null;
                return true;
            case "__doc__":
                f.setDoc(value == null ? PNone.NONE : value);
                return true;
            case "__defaults__":
                f.setDefaults(value == null || value == PNone.NONE ? null : ((PyTuple) value).items.clone());
                return true;
            case "__kwdefaults__":
                f.setKwDefaults(value instanceof PyDict d ? d : null);
                return true;
            case "__dict__":
                if (!(value instanceof PyDict d)) {
                    throw PyErrors.typeError("__dict__ must be set to a dictionary, not a '" + BuiltinTypes.typeName(value) + "'");
                }
                f.setDict(d);
                return true;
            case "__code__":
                if (value instanceof PyCode c) {
                    f.code = c;
                    return true;
                }
                throw PyErrors.typeError("__code__ must be set to a code object");
            default:
                return false;
        }
    }

    /** The special attributes of a class ({@code __name__}, {@code __mro__}, ...), or null. */
    static Object typeAttribute(PyType t, String name) {
        switch (name) {
            case "__name__":
                return t.getName();
            case "__qualname__":
                return t.getQualname();
            case "__module__":
                return t.getModule();
            case "__mro__":
                return t.getMroTuple();
            case "__bases__":
                return t.getBases();
            case "__base__":
                return orNone(t.getBase());
            case "__dict__":
                return t.getDict();
            case "__class__":
                return t.getType();
            case "__doc__": {
                Object d = t.getDict().getString("__doc__");
                return d == null ? PNone.NONE : d;
            }
            default:
                return null;
        }
    }

    /** Sets a special attribute of a (non-builtin) class; false if not special. */
    static boolean setTypeAttribute(PyType t, String name, Object value) {
        switch (name) {
            case "__name__":
            case "__qualname__":
                if (!(value instanceof String s)) {
                    throw PyErrors.typeError("can only assign string to " + t.getName() + "." + name + ", not '" + BuiltinTypes.typeName(value) + "'");
                }
                if (name.equals("__name__")) {
                    t.setName(s);
                } else {
                    t.setQualname(s);
                }
                return true;
            case "__mro__":
            case "__bases__":
            case "__base__":
            case "__dict__":
            case "__class__":
                throw PyErrors.attributeError("attribute '" + name + "' of 'type' objects is not writable");
            default:
                return false;
        }
    }
}
