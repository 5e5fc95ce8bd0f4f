# time: struct_time, gmtime, strftime, asctime (UTC-based, independent of the local zone)
import time

st = time.gmtime(0)
print(st)
print(type(st), type(st).__name__, type(st).__module__, isinstance(st, tuple), len(st))
print(st.tm_year, st.tm_mon, st.tm_mday, st.tm_hour, st.tm_min, st.tm_sec, st.tm_wday, st.tm_yday, st.tm_isdst, st.tm_zone, st.tm_gmtoff)
print(st[0], st[-1], st[:3], list(st), tuple(st) == st, st == (1970, 1, 1, 0, 0, 0, 3, 1, 0))
print(time.struct_time.n_fields, time.struct_time.n_sequence_fields, time.struct_time.n_unnamed_fields)
y, mo, d, *rest = time.gmtime(10**9)
print(y, mo, d, rest)
for secs in [0, 1, -1, 86399, 86400, 951782400, 10**9, 1234567890.9, -1.5, 2**31, 4102444800, 253402300799, -62135596800]:
    print(secs, time.gmtime(secs))
print(time.gmtime(None).tm_year >= 2024, time.gmtime().tm_year >= 2024)

s = time.struct_time((2024, 2, 29, 13, 5, 9, 3, 60, 0))
print(s, s.tm_zone, s.tm_gmtoff)
s2 = time.struct_time((2024, 2, 29, 13, 5, 9, 3, 60, 0, "XYZ", 3600))
print(s2, s2.tm_zone, s2.tm_gmtoff, s2 == s)
for bad in [(1, 2, 3), list(range(12)), 5]:
    try:
        time.struct_time(bad)
    except TypeError as e:
        print(type(e).__name__, e)

t = (2024, 3, 5, 7, 8, 9, 1, 65, 0)
for fmt in ["%Y-%m-%d %H:%M:%S", "%a %A %b %B %h", "%d %e %j %m %y %C", "%I %l %p %P %k", "%U %W %V %G %g %u %w",
            "%c|%x|%X|%D|%F|%R|%T|%r", "%%|%n|%t|%Q|%E|%Ey|%Od", "%-d %-m %-H %_d %_m %^a %^B %#b %5d %3Y %05H",
            "no directives", "", "%", "trailing %"]:
    print(repr(fmt), repr(time.strftime(fmt, t)))
print(time.strftime("%Y-%m-%d %H:%M:%S %Z %z", time.gmtime(10**9)))
print(time.strftime("%Z %z", s2))
for day in [(2021, 1, 1, 0, 0, 0, 4, 1, 0), (2020, 12, 31, 0, 0, 0, 3, 366, 0), (2027, 1, 1, 0, 0, 0, 4, 1, 0), (2024, 12, 30, 0, 0, 0, 0, 365, 0)]:
    print(time.strftime("%G-W%V-%u %U %W %j", day))
print(time.strftime("%Y %m %d", (2024, 0, 0, 0, 0, 0, 0, 0, 0)))
for bad in [(2024, 13, 1, 0, 0, 0, 0, 1, 0), (2024, 1, 32, 0, 0, 0, 0, 1, 0), (2024, 1, 1, 24, 0, 0, 0, 1, 0), (2024, 1, 1, 0, 60, 0, 0, 1, 0),
            (2024, 1, 1, 0, 0, 62, 0, 1, 0), (2024, 1, 1, 0, 0, 0, -2, 1, 0), (2024, 1, 1, 0, 0, 0, 0, 367, 0), (2024, 1, 1), (2024.0, 1, 1, 0, 0, 0, 0, 1, 0), [2024, 1, 1, 0, 0, 0, 0, 1, 0], "x"]:
    try:
        print(time.strftime("%Y", bad))
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
for args in [(), (1,), ("%Y", t, 3)]:
    try:
        time.strftime(*args)
    except TypeError as e:
        print(e)

print(time.asctime(t), time.asctime(time.gmtime(0)), time.asctime((2024, 12, 25, 23, 59, 59, 2, 360, 0)))
for bad in [(2024, 1, 1), 5, (2024, 13, 1, 0, 0, 0, 0, 1, 0)]:
    try:
        time.asctime(bad)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
for bad in ["x", float("nan"), 1e300, 2**100]:
    try:
        time.gmtime(bad)
    except (TypeError, ValueError, OverflowError) as e:
        print(type(e).__name__, e)
try:
    time.gmtime(1, 2)
except TypeError as e:
    print(e)
