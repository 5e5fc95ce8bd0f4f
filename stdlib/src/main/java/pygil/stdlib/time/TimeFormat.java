package pygil.stdlib.time;

/**
 * {@code time.strftime} (Equivalent of {@code time_strftime} over the C library's
 * {@code strftime} in the C locale, with glibc's behaviour): the fields of a
 * {@link BrokenDownTime} are formatted as they are, without normalizing them. Supported: the
 * C99/POSIX conversions, glibc's {@code %k %l %P %s}, the flags {@code - _ 0 ^ #}, a field
 * width, and the ignored {@code E}/{@code O} modifiers; an unknown conversion is copied as is.
 */
final class TimeFormat {
    private TimeFormat() {}

    static final String[] WEEKDAYS = {"Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"};
    static final String[] MONTHS = {"January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November",
                    "December"};

    /** Formats {@code t} by {@code format}. */
    static String format(String format, BrokenDownTime t) {
        StringBuilder out = new StringBuilder();
        int n = format.length();
        int i = 0;
        while (i < n) {
            char c = format.charAt(i);
            if (c != '%' || i + 1 >= n) {
                out.append(c);
                i++;
                continue;
            }
            int start = i;
            i++;
            char flag = 0;
            while (i < n && "-_0^#".indexOf(format.charAt(i)) >= 0) {
                flag = format.charAt(i++);
            }
            int width = -1;
            while (i < n && Character.isDigit(format.charAt(i))) {
                width = (width < 0 ? 0 : width * 10) + (format.charAt(i++) - '0');
            }
            if (i < n && (format.charAt(i) == 'E' || format.charAt(i) == 'O')) {
                i++;
            }
            if (i >= n) {
                out.append(format, start, n);
                break;
            }
            char conv = format.charAt(i++);
            String s = conversion(conv, t, flag, width);
            if (s == null) {
                out.append(format, start, i);
            } else {
                out.append(s);
            }
        }
        return out.toString();
    }

    /** One conversion, or null if unknown. */
    private static String conversion(char conv, BrokenDownTime t, char flag, int width) {
        switch (conv) {
            case 'a':
                return text(name(WEEKDAYS, t.wday, 3), flag, width);
            case 'A':
                return text(name(WEEKDAYS, t.wday, 0), flag, width);
            case 'b', 'h':
                return text(name(MONTHS, t.mon, 3), flag, width);
            case 'B':
                return text(name(MONTHS, t.mon, 0), flag, width);
            case 'c':
                return text(format("%a %b %e %H:%M:%S %Y", t), flag, width);
            case 'C':
                return number(Math.floorDiv(t.year, 100), 1, '0', flag, width);
            case 'd':
                return number(t.mday, 2, '0', flag, width);
            case 'e':
                return number(t.mday, 2, ' ', flag, width);
            case 'D':
                return text(format("%m/%d/%y", t), flag, width);
            case 'F':
                return text(format("%Y-%m-%d", t), flag, width);
            case 'g':
                return number(Math.floorMod(isoYear(t), 100), 2, '0', flag, width);
            case 'G':
                return number(isoYear(t), 1, '0', flag, width);
            case 'H':
                return number(t.hour, 2, '0', flag, width);
            case 'I':
                return number(hour12(t), 2, '0', flag, width);
            case 'j':
                return number(t.yday + 1, 3, '0', flag, width);
            case 'k':
                return number(t.hour, 2, ' ', flag, width);
            case 'l':
                return number(hour12(t), 2, ' ', flag, width);
            case 'm':
                return number(t.mon + 1, 2, '0', flag, width);
            case 'M':
                return number(t.min, 2, '0', flag, width);
            case 'n':
                return "\n";
            case 't':
                return "\t";
            case 'p':
                return text(t.hour >= 12 ? "PM" : "AM", flag == '#' ? '_' : flag, width);
            case 'P':
                return text(t.hour >= 12 ? "pm" : "am", flag, width);
            case 'r':
                return text(format("%I:%M:%S %p", t), flag, width);
            case 'R':
                return text(format("%H:%M", t), flag, width);
            case 's':
                return number(t.toEpochLocal(), 1, '0', flag, width);
            case 'S':
                return number(t.sec, 2, '0', flag, width);
            case 'T':
                return text(format("%H:%M:%S", t), flag, width);
            case 'u':
                return number(t.wday == 0 ? 7 : t.wday, 1, '0', flag, width);
            case 'w':
                return number(t.wday, 1, '0', flag, width);
            case 'U':
                return number((t.yday + 7 - t.wday) / 7, 2, '0', flag, width);
            case 'W':
                return number((t.yday + 7 - (t.wday + 6) % 7) / 7, 2, '0', flag, width);
            case 'V':
                return number(isoWeekNumber(t), 2, '0', flag, width);
            case 'x':
                return text(format("%m/%d/%y", t), flag, width);
            case 'X':
                return text(format("%H:%M:%S", t), flag, width);
            case 'y':
                return number(Math.floorMod(t.year, 100), 2, '0', flag, width);
            case 'Y':
                return number(t.year, 1, '0', flag, width);
            case 'z': {
                long off = t.gmtoff;
                char sign = off < 0 ? '-' : '+';
                off = Math.abs(off) / 60;
                return sign + number(off / 60 * 100 + off % 60, 4, '0', flag, width);
            }
            case 'Z':
                return text(t.zone == null ? localZoneName(t.isdst > 0) : t.zone, flag, width);
            case '%':
                return "%";
            default:
                return null;
        }
    }

    /** C's {@code tzname[isdst]}: the local zone's name, for a time tuple without a zone. */
    private static String localZoneName(boolean dst) {
        return BrokenDownTime.zoneName(java.time.ZoneId.systemDefault(), dst);
    }

    private static String name(String[] names, int index, int length) {
        if (index < 0 || index >= names.length) {
            return "?";
        }
        return length == 0 ? names[index] : names[index].substring(0, length);
    }

    private static int hour12(BrokenDownTime t) {
        int h = t.hour % 12;
        return h == 0 ? 12 : h;
    }

    /** Text with the case flags ({@code ^} upper, {@code #} swapped to upper) and space padding. */
    private static String text(String s, char flag, int width) {
        if (flag == '^' || flag == '#') {
            s = s.toUpperCase(java.util.Locale.ROOT);
        }
        return pad(s, width, flag == '0' ? '0' : ' ');
    }

    /** A number padded to {@code digits} with {@code padChar}, as the flags and width say. */
    private static String number(long value, int digits, char padChar, char flag, int width) {
        String s = Long.toString(Math.abs(value));
        char p = flag == '_' ? ' ' : flag == '0' ? '0' : padChar;
        int w = flag == '-' ? 0 : width >= 0 ? width : digits;
        if (value < 0) {
            w--;
        }
        if (p == ' ' || flag == '-') {
            s = (value < 0 ? "-" : "") + s;
            return pad(s, w + (value < 0 ? 1 : 0), ' ');
        }
        return (value < 0 ? "-" : "") + pad(s, w, '0');
    }

    private static String pad(String s, int width, char c) {
        if (s.length() >= width) {
            return s;
        }
        return String.valueOf(c).repeat(width - s.length()) + s;
    }

    /**
     * Days since the Monday of the ISO week 1 of the year of day {@code yday} whose weekday is
     * {@code wday} (negative if the day belongs to the previous ISO year). Week 1 is the one
     * holding the year's first Thursday.
     */
    private static int isoWeekDays(int yday, int wday) {
        return yday - (yday - wday + 4 + 378) % 7 + 3;
    }

    private static boolean isLeap(int year) {
        return year % 4 == 0 && (year % 100 != 0 || year % 400 == 0);
    }

    /** {year adjustment (-1, 0, 1), days since the Monday of ISO week 1}. */
    private static int[] isoWeek(BrokenDownTime t) {
        int days = isoWeekDays(t.yday, t.wday);
        int adjust = 0;
        if (days < 0) {
            adjust = -1;
            days = isoWeekDays(t.yday + 365 + (isLeap(t.year - 1) ? 1 : 0), t.wday);
        } else {
            int d = isoWeekDays(t.yday - 365 - (isLeap(t.year) ? 1 : 0), t.wday);
            if (d >= 0) {
                adjust = 1;
                days = d;
            }
        }
        return new int[] {adjust, days};
    }

    /** The ISO 8601 week-based year ({@code %G}). */
    private static int isoYear(BrokenDownTime t) {
        return t.year + isoWeek(t)[0];
    }

    /** The ISO 8601 week number ({@code %V}). */
    private static int isoWeekNumber(BrokenDownTime t) {
        return isoWeek(t)[1] / 7 + 1;
    }
}
