package pygil.stdlib.time;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.Locale;
import java.util.TimeZone;

import pygil.runtime.error.PyErrors;
import pygil.runtime.io.IOErrors;
import pygil.runtime.object.PNone;
import pygil.runtime.object.PyTuple;
import pygil.runtime.ops.Numbers;

/**
 * A broken-down time with the conventions of C's {@code struct tm} (month 0-11, weekday 0 =
 * Sunday, day of year 0-365), plus {@code tm_zone} and {@code tm_gmtoff}: what
 * {@code gmtime}/{@code localtime} produce and {@code strftime}/{@code asctime}/{@code mktime}
 * consume (Equivalent of {@code pylocaltime}/{@code pygmtime}, {@code tmtotuple},
 * {@code gettmarg} and {@code checktm} of {@code timemodule.c}).
 */
final class BrokenDownTime {
    int year;
    int mon;
    int mday;
    int hour;
    int min;
    int sec;
    int wday;
    int yday;
    int isdst;
    /** The zone abbreviation, or null if unknown. */
    String zone;
    long gmtoff;

    /** {@code gmtime(secs)} (zone "GMT") or {@code localtime(secs)} in the default zone. */
    static BrokenDownTime of(long secs, boolean local) {
        Instant instant;
        try {
            instant = Instant.ofEpochSecond(secs);
            ZoneId zoneId = local ? ZoneId.systemDefault() : ZoneOffset.UTC;
            ZonedDateTime z = instant.atZone(zoneId);
            BrokenDownTime t = fromZoned(z);
            if (local) {
                boolean dst = zoneId.getRules().isDaylightSavings(instant);
                t.isdst = dst ? 1 : 0;
                t.zone = zoneName(zoneId, dst);
            } else {
                t.zone = "GMT";
            }
            return t;
        } catch (DateTimeException | ArithmeticException e) {
            throw IOErrors.osError(75, "Value too large for defined data type", null);
        }
    }

    private static BrokenDownTime fromZoned(ZonedDateTime z) {
        BrokenDownTime t = new BrokenDownTime();
        t.year = z.getYear();
        t.mon = z.getMonthValue() - 1;
        t.mday = z.getDayOfMonth();
        t.hour = z.getHour();
        t.min = z.getMinute();
        t.sec = z.getSecond();
        t.wday = z.getDayOfWeek().getValue() % 7;
        t.yday = z.getDayOfYear() - 1;
        t.gmtoff = z.getOffset().getTotalSeconds();
        return t;
    }

    /** The abbreviation of a zone ("UTC", "CET", "CEST"), as {@code tm_zone} and {@code tzname} give it. */
    static String zoneName(ZoneId zoneId, boolean dst) {
        String id = zoneId.getId();
        if (id.equals("Z") || id.equals("UTC") || id.equals("Etc/UTC")) {
            return "UTC";
        }
        return TimeZone.getTimeZone(zoneId).getDisplayName(dst, TimeZone.SHORT, Locale.US);
    }

    /** The {@code time.struct_time} of this time (Python conventions: month 1-12, Monday = 0). */
    PyTuple toStructTime() {
        Object[] f = {(long) year, (long) mon + 1, (long) mday, (long) hour, (long) min, (long) sec, (long) ((wday + 6) % 7), (long) yday + 1, (long) isdst};
        return StructTime.make(f, zone == null ? PNone.NONE : zone, gmtoff);
    }

    /**
     * Equivalent of {@code gettmarg}: a tuple or struct_time of 9 ints. {@code errorMessage} is
     * the TypeError for a tuple of the wrong size, e.g. "strftime(): illegal time tuple argument".
     */
    static BrokenDownTime fromTuple(Object arg, String errorMessage) {
        if (!(arg instanceof PyTuple tuple)) {
            throw PyErrors.typeError("Tuple or struct_time argument required");
        }
        if (tuple.size() != 9) {
            throw PyErrors.typeError(errorMessage);
        }
        int[] v = new int[9];
        for (int i = 0; i < 9; i++) {
            Object x = tuple.get(i);
            if (x instanceof Double) {
                throw PyErrors.typeError("'float' object cannot be interpreted as an integer");
            }
            v[i] = Numbers.asInt(x);
        }
        BrokenDownTime t = new BrokenDownTime();
        t.year = v[0];
        t.mon = v[1] - 1;
        t.mday = v[2];
        t.hour = v[3];
        t.min = v[4];
        t.sec = v[5];
        t.wday = (v[6] + 1) % 7;
        t.yday = v[7] - 1;
        t.isdst = v[8];
        if (StructTime.zone(tuple) instanceof String z) {
            t.zone = z;
        }
        Object gmtoff = StructTime.gmtoff(tuple);
        if (gmtoff != null && gmtoff != PNone.NONE) {
            t.gmtoff = Numbers.asLong(gmtoff);
        }
        return t;
    }

    /** Equivalent of {@code checktm}: ValueError "month out of range" etc.; zeros become the lowest value. */
    void check() {
        if (mon == -1) {
            mon = 0;
        } else if (mon < 0 || mon > 11) {
            throw PyErrors.valueError("month out of range");
        }
        if (mday == 0) {
            mday = 1;
        } else if (mday < 0 || mday > 31) {
            throw PyErrors.valueError("day of month out of range");
        }
        if (hour < 0 || hour > 23) {
            throw PyErrors.valueError("hour out of range");
        }
        if (min < 0 || min > 59) {
            throw PyErrors.valueError("minute out of range");
        }
        if (sec < 0 || sec > 61) {
            throw PyErrors.valueError("seconds out of range");
        }
        if (wday < 0) {
            throw PyErrors.valueError("day of week out of range");
        }
        if (yday == -1) {
            yday = 0;
        } else if (yday < 0 || yday > 365) {
            throw PyErrors.valueError("day of year out of range");
        }
    }

    /**
     * Equivalent of C's {@code mktime}: this local time (fields may be out of range; they are
     * normalized) as seconds since the epoch.
     */
    long toEpochLocal() {
        try {
            LocalDateTime ldt = LocalDateTime.of(year, 1, 1, 0, 0).plusMonths(mon).plusDays(mday - 1L).plusHours(hour).plusMinutes(min).plusSeconds(sec);
            ZoneId zoneId = ZoneId.systemDefault();
            ZonedDateTime z = ldt.atZone(zoneId);
            if (isdst == 0 && zoneId.getRules().isDaylightSavings(z.toInstant())) {
                z = z.plusSeconds(zoneId.getRules().getDaylightSavings(z.toInstant()).getSeconds());
            }
            return z.toEpochSecond();
        } catch (DateTimeException | ArithmeticException e) {
            throw PyErrors.overflowError("mktime argument out of range");
        }
    }

    /** Equivalent of {@code _asctime}: "Mon Jan  1 00:00:00 2024". */
    String asctime() {
        return String.format("%s %s%3d %02d:%02d:%02d %d", TimeFormat.WEEKDAYS[wday].substring(0, 3), TimeFormat.MONTHS[mon].substring(0, 3), mday, hour, min, sec, year);
    }
}
