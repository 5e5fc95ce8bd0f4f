package pygil.runtime.ops;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

import pygil.runtime.builtins.BuiltinTypes;
import pygil.runtime.builtins.ObjectType;
import pygil.runtime.call.Call;
import pygil.runtime.error.ExceptionTypes;
import pygil.runtime.error.PyBaseException;
import pygil.runtime.error.PyErrors;
import pygil.runtime.error.PyException;
import pygil.runtime.object.HasAttributes;
import pygil.runtime.object.PNone;
import pygil.runtime.object.PyBuiltinFunction;
import pygil.runtime.object.PyClassMethod;
import pygil.runtime.object.PyFunction;
import pygil.runtime.object.PyInstance;
import pygil.runtime.object.PyMethod;
import pygil.runtime.object.PyModule;
import pygil.runtime.object.PyProperty;
import pygil.runtime.object.PySlotDescriptor;
import pygil.runtime.object.PyStaticMethod;
import pygil.runtime.object.PySuper;
import pygil.runtime.object.PyType;

/**
 * The attribute protocol (Equivalent of {@code PyObject_GetAttr}, {@code PyObject_SetAttr},
 * {@code PyObject_GenericGetAttr}, {@code type_getattro}, {@code module_getattro},
 * {@code super_getattro}). Lookup order for an instance: data descriptors found on the type
 * (properties, user classes defining {@code __set__}/{@code __delete__}, the builtin "getset"
 * attributes of {@link SpecialAttributes}), then the instance dict, then non-data descriptors
 * (functions bind to methods, staticmethod, classmethod) and plain class attributes, then
 * {@code __getattr__}.
 */
public final class Attr {
    private Attr() {}

    /** Equivalent of {@code PyObject_GetAttr}: raises AttributeError if absent. */
    @TruffleBoundary
    public static Object getAttr(Object obj, String name) {
        Object v = lookupAttr(obj, name, true);
        if (v == null) {
            throw noAttribute(obj, name);
        }
        return v;
    }

    /**
     * Equivalent of {@code _PyObject_LookupAttr}: the attribute, or null if absent (an
     * AttributeError raised by a {@code __getattr__} or property is turned into null).
     */
    @TruffleBoundary
    public static Object lookupAttr(Object obj, String name) {
        try {
            return lookupAttr(obj, name, true);
        } catch (PyException e) {
            if (e.matches(ExceptionTypes.ATTRIBUTE_ERROR)) {
                return null;
            }
            throw e;
        }
    }

    /** Equivalent of {@code hasattr()}. */
    public static boolean hasAttr(Object obj, String name) {
        return lookupAttr(obj, name) != null;
    }

    private static Object lookupAttr(Object obj, String name, boolean useGetattrHook) {
        if (obj instanceof PyType t) {
            Object v = typeGetAttr(t, name);
            if (v == null && useGetattrHook && !t.getType().isBuiltin()) {
                Object hook = t.getType().lookup("__getattr__");
                if (hook != null) {
                    return Call.callUnbound(hook, t, t.getType(), new Object[] {name});
                }
            }
            return v;
        }
        if (obj instanceof PyModule m) {
            return moduleGetAttr(m, name);
        }
        if (obj instanceof PySuper s) {
            Object v = superGetAttr(s, name);
            if (v != null) {
                return v;
            }
        }
        PyType t = BuiltinTypes.typeOf(obj);
        Object v = genericGetAttr(obj, t, name);
        if (v != null || !useGetattrHook) {
            return v;
        }
        Object hook = t.lookup("__getattr__");
        if (hook != null) {
            return Call.callUnbound(hook, obj, t, new Object[] {name});
        }
        return null;
    }

    /**
     * Equivalent of {@code PyObject_GenericGetAttr} ({@code object.__getattribute__}) without
     * {@code __getattr__}: null if absent.
     */
    @TruffleBoundary
    public static Object genericGetAttr(Object obj, PyType t, String name) {
        Object descr = t.lookup(name);
        if (descr != null && !(descr instanceof PyFunction) && isDataDescriptor(descr)) {
            return descrGet(descr, obj, t);
        }
        if (!(obj instanceof PyInstance) || obj instanceof PyBaseException || obj instanceof pygil.runtime.object.PyValueSub || name.startsWith("__")) {
            Object special = SpecialAttributes.get(obj, name);
            if (special != null) {
                return special;
            }
        }
        if (obj instanceof HasAttributes h) {
            Object v = h.getAttribute(name);
            if (v != null) {
                return v;
            }
        }
        if (descr != null) {
            return bindDescriptor(descr, obj, t);
        }
        return null;
    }

    /** True if {@code descr} defines {@code __set__} or {@code __delete__} (a data descriptor). */
    public static boolean isDataDescriptor(Object descr) {
        if (descr instanceof PyProperty || descr instanceof PySlotDescriptor) {
            return true;
        }
        if (descr instanceof PyFunction || descr instanceof PyBuiltinFunction || !(descr instanceof pygil.runtime.object.PyObject)) {
            return false;
        }
        PyType dt = BuiltinTypes.typeOf(descr);
        return dt.lookup("__set__") != null || dt.lookup("__delete__") != null;
    }

    private static Object descrGet(Object descr, Object obj, PyType t) {
        if (descr instanceof PySlotDescriptor sd) {
            Object v = obj instanceof HasAttributes h ? h.getAttribute(sd.name) : null;
            if (v == null) {
                throw noAttribute(obj, sd.name);
            }
            return v;
        }
        if (descr instanceof PyProperty p) {
            if (p.fget == null) {
                throw PyErrors.attributeError(propertyMessage(p, obj, "getter"));
            }
            return Call.call1(p.fget, obj);
        }
        return bindDescriptor(descr, obj, t);
    }

    private static String propertyMessage(PyProperty p, Object obj, String what) {
        String n = p.getName();
        String on = "'" + BuiltinTypes.typeName(obj) + "' object";
        return n == null ? "property of " + on + " has no " + what : "property '" + n + "' of " + on + " has no " + what;
    }

    /**
     * Equivalent of calling {@code tp_descr_get}: binds an attribute found on {@code type} to
     * {@code obj} (null when accessed on the class itself). Functions become bound methods,
     * builtin method descriptors bind their receiver, classmethods bind the class, staticmethods
     * unwrap, properties run their getter, user descriptors have {@code __get__} called; other
     * values are returned as they are.
     */
    @TruffleBoundary
    public static Object bindDescriptor(Object descr, Object obj, PyType type) {
        if (descr instanceof PyFunction) {
            return obj == null ? descr : new PyMethod(obj, descr);
        }
        if (descr instanceof PyBuiltinFunction b) {
            return obj == null || !b.isMethodDescriptor() ? descr : b.bind(obj);
        }
        if (descr instanceof PyStaticMethod s) {
            return s.callable;
        }
        if (descr instanceof PyClassMethod c) {
            return new PyMethod(type, c.callable);
        }
        if (descr instanceof PyProperty || descr instanceof PySlotDescriptor) {
            return obj == null ? descr : descrGet(descr, obj, type);
        }
        if (descr instanceof pygil.runtime.object.PyObject && !(descr instanceof PyType)) {
            PyType dt = BuiltinTypes.typeOf(descr);
            Object get = dt.lookup("__get__");
            if (get != null) {
                return Call.callUnbound(get, descr, dt, new Object[] {obj == null ? PNone.NONE : obj, type});
            }
        }
        return descr;
    }

    // ---- types -----------------------------------------------------------------------------

    /** Equivalent of {@code type_getattro}: null if absent. */
    private static Object typeGetAttr(PyType type, String name) {
        PyType meta = type.getType();
        Object metaAttr = meta.lookup(name);
        if (metaAttr != null && isDataDescriptor(metaAttr)) {
            return descrGet(metaAttr, type, meta);
        }
        if (name.startsWith("__")) {
            Object special = SpecialAttributes.typeAttribute(type, name);
            if (special != null) {
                return special;
            }
        }
        Object attr = type.lookup(name);
        if (attr != null) {
            if (attr instanceof PyFunction || attr instanceof PyBuiltinFunction) {
                return attr;
            }
            return bindDescriptor(attr, null, type);
        }
        if (metaAttr != null) {
            return bindDescriptor(metaAttr, type, meta);
        }
        return null;
    }

    // ---- modules ---------------------------------------------------------------------------

    private static Object moduleGetAttr(PyModule m, String name) {
        Object v = m.dict.getString(name);
        if (v != null) {
            return v;
        }
        Object g = genericGetAttr(m, m.getType(), name);
        if (g != null) {
            return g;
        }
        Object hook = m.dict.getString("__getattr__");
        if (hook != null) {
            return Call.call1(hook, name);
        }
        return null;
    }

    // ---- super -----------------------------------------------------------------------------

    /** Equivalent of {@code super_getattro}: null if not found along the MRO. */
    private static Object superGetAttr(PySuper s, String name) {
        if (name.equals("__class__") || s.objType == null) {
            return null;
        }
        PyType[] mro = s.objType.getMro();
        int i = 0;
        while (i < mro.length && mro[i] != s.type) {
            i++;
        }
        for (i++; i < mro.length; i++) {
            Object v = mro[i].getDict().getString(name);
            if (v != null) {
                Object receiver = s.obj == s.objType ? null : s.obj;
                if (v instanceof PyFunction && receiver == null) {
                    return v;
                }
                return bindDescriptor(v, receiver, s.objType);
            }
        }
        return null;
    }

    // ---- set / delete ----------------------------------------------------------------------

    /** Equivalent of {@code PyObject_SetAttr}: honours a user {@code __setattr__}. */
    @TruffleBoundary
    public static void setAttr(Object obj, String name, Object value) {
        if (obj instanceof PyType t) {
            if (!metaSetAttr(t, "__setattr__", new Object[] {name, value})) {
                typeSetAttr(t, name, value);
            }
            return;
        }
        PyType t = BuiltinTypes.typeOf(obj);
        Object custom = t.lookup("__setattr__");
        if (custom != null && custom != ObjectType.SETATTR) {
            Call.callUnbound(custom, obj, t, new Object[] {name, value});
            return;
        }
        genericSetAttr(obj, name, value);
    }

    /** Equivalent of {@code PyObject_GenericSetAttr} ({@code object.__setattr__}); value null deletes. */
    @TruffleBoundary
    public static void genericSetAttr(Object obj, String name, Object value) {
        PyType t = BuiltinTypes.typeOf(obj);
        Object descr = t.lookup(name);
        if (descr instanceof PySlotDescriptor sd && obj instanceof HasAttributes h && BuiltinTypes.typeOf(obj).isSubtypeOf(sd.owner)) {
            if (value == null) {
                if (!h.deleteAttribute(name)) {
                    throw PyErrors.attributeError(name);
                }
            } else {
                h.setAttribute(name, value);
            }
            return;
        }
        if (descr instanceof PyProperty p) {
            Object f = value == null ? p.fdel : p.fset;
            if (f == null) {
                throw PyErrors.attributeError(propertyMessage(p, obj, value == null ? "deleter" : "setter"));
            }
            if (value == null) {
                Call.call1(f, obj);
            } else {
                Call.call2(f, obj, value);
            }
            return;
        }
        if (descr != null && !(descr instanceof PyFunction) && !(descr instanceof PyBuiltinFunction) && descr instanceof pygil.runtime.object.PyObject) {
            PyType dt = BuiltinTypes.typeOf(descr);
            Object hook = dt.lookup(value == null ? "__delete__" : "__set__");
            if (hook != null) {
                if (value == null) {
                    Call.callUnbound(hook, descr, dt, new Object[] {obj});
                } else {
                    Call.callUnbound(hook, descr, dt, new Object[] {obj, value});
                }
                return;
            }
            if (isDataDescriptor(descr)) {
                throw PyErrors.attributeError(value == null ? "__delete__" : "__set__");
            }
        }
        if (SpecialAttributes.set(obj, name, value)) {
            return;
        }
        if (obj instanceof HasAttributes h && (!(obj instanceof pygil.runtime.object.PyInstance) || t.instancesHaveDict())) {
            if (value == null) {
                if (!h.deleteAttribute(name)) {
                    throw noAttribute(obj, name);
                }
            } else {
                h.setAttribute(name, value);
            }
            return;
        }
        if (descr != null) {
            throw PyErrors.attributeError("'" + t.getName() + "' object attribute '" + name + "' is read-only");
        }
        if (obj instanceof PyModule && value == null) {
            throw PyErrors.attributeError("'module' object has no attribute '" + name + "'");
        }
        throw PyErrors.attributeError("'" + t.getName() + "' object has no attribute '" + name + "'");
    }

    /** Calls a {@code __setattr__}/{@code __delattr__} defined by a user metaclass; false if none. */
    private static boolean metaSetAttr(PyType t, String hook, Object[] args) {
        PyType meta = t.getType();
        if (meta.isBuiltin()) {
            return false;
        }
        Object h = meta.lookup(hook);
        if (h == null || h instanceof PyBuiltinFunction) {
            return false;
        }
        Call.callUnbound(h, t, meta, args);
        return true;
    }

    /** Equivalent of {@code type_setattro}; value null deletes. */
    public static void typeSetAttr(PyType t, String name, Object value) {
        if (t.isBuiltin()) {
            throw PyErrors.typeError("cannot set '" + name + "' attribute of immutable type '" + t.getName() + "'");
        }
        if (SpecialAttributes.setTypeAttribute(t, name, value)) {
            return;
        }
        if (value == null) {
            if (!t.deleteAttribute(name)) {
                throw PyErrors.attributeError("type object '" + t.getName() + "' has no attribute '" + name + "'");
            }
        } else {
            t.setAttribute(name, value);
        }
    }

    /** Equivalent of {@code PyObject_DelAttr}: honours a user {@code __delattr__}. */
    @TruffleBoundary
    public static void delAttr(Object obj, String name) {
        if (obj instanceof PyType t) {
            if (!metaSetAttr(t, "__delattr__", new Object[] {name})) {
                typeSetAttr(t, name, null);
            }
            return;
        }
        PyType t = BuiltinTypes.typeOf(obj);
        Object custom = t.lookup("__delattr__");
        if (custom != null && custom != ObjectType.DELATTR) {
            Call.callUnbound(custom, obj, t, new Object[] {name});
            return;
        }
        genericSetAttr(obj, name, null);
    }

    /**
     * Equivalent of {@code _PyObject_LookupSpecial}: {@code name} looked up on the type only and
     * bound to {@code obj}; null if absent.
     */
    @TruffleBoundary
    public static Object lookupSpecial(Object obj, String name) {
        PyType t = BuiltinTypes.typeOf(obj);
        Object d = t.lookup(name);
        return d == null ? null : bindDescriptor(d, obj, t);
    }

    /** The AttributeError CPython 3.11 raises for a missing attribute of {@code obj}. */
    @TruffleBoundary
    public static PyException noAttribute(Object obj, String name) {
        String msg;
        if (obj instanceof PyType t) {
            msg = "type object '" + t.getName() + "' has no attribute '" + name + "'";
        } else if (obj instanceof PyModule m) {
            msg = "module '" + m.name + "' has no attribute '" + name + "'";
        } else {
            msg = "'" + BuiltinTypes.typeName(obj) + "' object has no attribute '" + name + "'";
        }
        PyException e = PyErrors.attributeError(msg);
        e.exception.setAttribute("name", name);
        e.exception.setAttribute("obj", obj);
        return e;
    }
}
