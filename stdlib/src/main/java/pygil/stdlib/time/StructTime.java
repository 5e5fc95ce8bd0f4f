package pygil.stdlib.time;

import pygil.runtime.object.PyTuple;
import pygil.stdlib.support.StructSeq;

/**
 * {@code time.struct_time} (the {@code PyStructSequence} of {@code timemodule.c}): a tuple of
 * the 9 fields {@code tm_year .. tm_isdst}, readable by name, plus the named-only fields
 * {@code tm_zone} and {@code tm_gmtoff}; its repr is
 * {@code time.struct_time(tm_year=2024, tm_mon=1, ...)}.
 */
final class StructTime {
    private StructTime() {}

    private static final String[] FIELDS = {"tm_year", "tm_mon", "tm_mday", "tm_hour", "tm_min", "tm_sec", "tm_wday", "tm_yday", "tm_isdst"};

    static final StructSeq SEQ = new StructSeq("time", "struct_time", FIELDS, FIELDS, new String[] {"tm_zone", "tm_gmtoff"},
                    "The time value as returned by gmtime(), localtime(), and strptime(), and\n accepted by asctime(), mktime() and strftime().");

    /** A struct_time of the 9 fields, the zone name and the UTC offset. */
    static PyTuple make(Object[] fields, Object zone, Object gmtoff) {
        return SEQ.make(fields, zone, gmtoff);
    }

    /** {@code tm_zone} of a struct_time, or null for another tuple. */
    static Object zone(PyTuple t) {
        return SEQ.hidden(t, 0);
    }

    /** {@code tm_gmtoff} of a struct_time, or null for another tuple. */
    static Object gmtoff(PyTuple t) {
        return SEQ.hidden(t, 1);
    }
}
