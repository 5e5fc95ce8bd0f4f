package pygil.stdlib.time;

import java.math.BigInteger;

import pygil.runtime.call.ArgParser;
import pygil.runtime.error.PyErrors;
import pygil.runtime.module.BuiltinModule;
import pygil.runtime.module.ModuleHost;
import pygil.runtime.object.PNone;
import pygil.runtime.object.PyDict;
import pygil.runtime.object.PyModule;
import pygil.runtime.object.PyTuple;
import pygil.runtime.ops.Numbers;
import pygil.stdlib.support.Defs;

/**
 * The {@code time} module (Equivalent of CPython's {@code Modules/timemodule.c}): the clocks
 * and {@code sleep} ({@link Clocks}), {@code struct_time}, {@code gmtime}, {@code localtime},
 * {@code mktime}, {@code asctime}, {@code ctime}, {@code strftime} and the zone constants
 * {@code timezone}, {@code altzone}, {@code daylight} and {@code tzname}. Local time is the
 * JVM's default zone (from {@code TZ}, as C's {@code localtime}).
 */
public final class TimeModule implements BuiltinModule {
    @Override
    public String name() {
        return "time";
    }

    @Override
    public PyModule create(ModuleHost host) {
        PyModule m = new PyModule("time");
        m.isBuiltin = true;
        PyDict d = m.getDict();
        d.putString("__doc__", "This module provides various functions to manipulate time values.");
        d.putString("struct_time", StructTime.SEQ.type);
        Clocks.install(m, host);
        Defs.raw(m, "gmtime", (args, kw) -> breakDown("gmtime", args, kw, false).toStructTime());
        Defs.raw(m, "localtime", (args, kw) -> breakDown("localtime", args, kw, true).toStructTime());
        Defs.raw(m, "ctime", (args, kw) -> {
            BrokenDownTime t = breakDown("ctime", args, kw, true);
            return t.asctime();
        });
        Defs.raw(m, "asctime", (args, kw) -> {
            BrokenDownTime t = timeArg("asctime", args, kw, "asctime(): illegal time tuple argument");
            t.check();
            return t.asctime();
        });
        Defs.one(m, "mktime", arg -> {
            BrokenDownTime t = BrokenDownTime.fromTuple(arg, "mktime(): illegal time tuple argument");
            return (double) t.toEpochLocal();
        });
        Defs.raw(m, "strftime", TimeModule::strftime);
        installZone(d);
        return m;
    }

    /** {@code gmtime([secs])}, {@code localtime([secs])}, {@code ctime([secs])}: now when absent or None. */
    private static BrokenDownTime breakDown(String fname, Object[] args, String[] kw, boolean local) {
        ArgParser.noKeywords(fname, kw);
        if (args.length > 1) {
            throw PyErrors.typeError(fname + "() takes at most 1 argument (" + args.length + " given)");
        }
        long secs = args.length == 0 || args[0] == PNone.NONE ? Math.floorDiv(Clocks.timeNs(), 1_000_000_000L) : toTimeT(args[0]);
        return BrokenDownTime.of(secs, local);
    }

    /** Equivalent of {@code _PyTime_ObjectToTime_t} with floor rounding. */
    static long toTimeT(Object o) {
        if (o instanceof Double d) {
            if (Double.isNaN(d)) {
                throw PyErrors.valueError("Invalid value NaN (not a number)");
            }
            double f = Math.floor(d);
            if (!(f >= -0x1p63 && f < 0x1p63)) {
                throw timeTOverflow();
            }
            return (long) f;
        }
        Object i = Numbers.index(o);
        if (i instanceof BigInteger) {
            throw timeTOverflow();
        }
        return (Long) i;
    }

    private static RuntimeException timeTOverflow() {
        return PyErrors.overflowError("timestamp out of range for platform time_t");
    }

    /** The optional time-tuple argument of {@code asctime}/{@code strftime}: local now when absent. */
    private static BrokenDownTime timeArg(String fname, Object[] args, String[] kw, String tupleError) {
        ArgParser.noKeywords(fname, kw);
        if (args.length > 1) {
            throw PyErrors.typeError(fname + "() takes at most 1 argument (" + args.length + " given)");
        }
        if (args.length == 0) {
            return BrokenDownTime.of(Math.floorDiv(Clocks.timeNs(), 1_000_000_000L), true);
        }
        return BrokenDownTime.fromTuple(args[0], tupleError);
    }

    /** {@code strftime(format[, t])}. */
    private static Object strftime(Object[] args, String[] kw) {
        ArgParser.noKeywords("strftime", kw);
        if (args.length < 1) {
            throw PyErrors.typeError("strftime() takes at least 1 argument (0 given)");
        }
        if (args.length > 2) {
            throw PyErrors.typeError("strftime() takes at most 2 arguments (" + args.length + " given)");
        }
        if (!(args[0] instanceof String format)) {
            throw PyErrors.typeError("strftime() argument 1 must be str, not " + PyErrors.typeName(args[0]));
        }
        BrokenDownTime t;
        if (args.length == 1) {
            t = BrokenDownTime.of(Math.floorDiv(Clocks.timeNs(), 1_000_000_000L), true);
        } else {
            t = BrokenDownTime.fromTuple(args[1], "strftime(): illegal time tuple argument");
            t.check();
            t.isdst = Math.max(-1, Math.min(1, t.isdst));
        }
        if (format.indexOf('\0') >= 0) {
            throw PyErrors.valueError("embedded null character");
        }
        return TimeFormat.format(format, t);
    }

    /**
     * {@code timezone}, {@code altzone}, {@code daylight} and {@code tzname} from the local
     * times of January and July of this year (Equivalent of {@code init_timezone}).
     */
    private static void installZone(PyDict d) {
        long year = (365 * 24 + 6) * 3600L;
        long t = Math.floorDiv(Clocks.timeNs(), 1_000_000_000L) / year * year;
        BrokenDownTime jan = BrokenDownTime.of(t, true);
        BrokenDownTime jul = BrokenDownTime.of(t + year / 2, true);
        long janZone = -jan.gmtoff;
        long julZone = -jul.gmtoff;
        String janName = jan.zone == null ? "" : jan.zone;
        String julName = jul.zone == null ? "" : jul.zone;
        boolean reversed = janZone < julZone; // southern hemisphere
        d.putString("timezone", reversed ? julZone : janZone);
        d.putString("altzone", reversed ? janZone : julZone);
        d.putString("daylight", janZone != julZone ? 1L : 0L);
        d.putString("tzname", reversed ? PyTuple.of(julName, janName) : PyTuple.of(janName, julName));
    }
}
