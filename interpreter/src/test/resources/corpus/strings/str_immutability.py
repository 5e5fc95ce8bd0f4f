# Strings are immutable; methods return new strings
s = "abc"
t = s
s += "d"
print(s, t, s is t)
u = t.upper()
print(t, u)
r = t.replace("a", "z")
print(t, r)
try:
    del t[0]
except TypeError as e:
    print(type(e).__name__, e)
try:
    t.append("x")
except AttributeError as e:
    print(type(e).__name__, e)
chars = list(t)
chars[0] = "X"
print("".join(chars), t)
print(hash("abc") == hash("ab" + "c"))
d = {"key": 1}
k = "ke" + "y"
print(d[k])
