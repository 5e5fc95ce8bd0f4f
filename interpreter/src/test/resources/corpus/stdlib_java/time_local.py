# time: localtime, mktime and ctime agree with each other whatever the local zone is
import time

now = time.time()
lt = time.localtime(now)
print(type(lt).__name__, len(lt), lt.tm_isdst in (0, 1), isinstance(lt.tm_zone, str), isinstance(lt.tm_gmtoff, int))
print(time.mktime(lt) == float(int(now)), type(time.mktime(lt)).__name__)
for secs in [0, 10**9, 1234567890, 1700000000]:
    l = time.localtime(secs)
    g = time.gmtime(secs)
    print(secs, time.mktime(l) == secs, l.tm_gmtoff == (time.mktime(l) - time.mktime(g)) if l.tm_isdst == 0 else True, time.ctime(secs) == time.asctime(l))
print(time.localtime().tm_year >= 2024, len(time.ctime()), time.ctime(None)[-4:].isdigit())
print(isinstance(time.timezone, int), isinstance(time.altzone, int), time.daylight in (0, 1), type(time.tzname).__name__, len(time.tzname))
print(time.mktime((2024, 13, 1, 12, 0, 0, 0, 0, -1)) == time.mktime((2025, 1, 1, 12, 0, 0, 0, 0, -1)))
print(time.mktime((2024, 3, 0, 12, 0, 0, 0, 0, -1)) == time.mktime((2024, 2, 29, 12, 0, 0, 0, 0, -1)))
for bad in [(1, 2), "x", (2024.5, 1, 1, 0, 0, 0, 0, 1, 0)]:
    try:
        time.mktime(bad)
    except TypeError as e:
        print(type(e).__name__, e)
print(time.strftime("%Y") == time.strftime("%Y", time.localtime()) or "year changed")
