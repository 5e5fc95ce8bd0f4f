# Slicing with start, stop and step
s = "abcdefghij"
print(s[2:5], s[:3], s[7:], s[:], s[-3:], s[:-3])
print(s[::2], s[1::2], s[::-1], s[::-2])
print(s[8:2:-1], s[8:2:-2], s[-1:-4:-1])
print(s[2:2], s[5:2], s[100:], s[-100:3], s[3:100])
print(repr(s[10:]), repr(s[::-1][10:]))
print(s[1:9:3], s[-2::-3])
print(s[None:4], s[4:None], s[::None])
i = 3
print(s[i:i + 2], s[:i] + s[i:] == s)
try:
    s[::0]
except ValueError as e:
    print(type(e).__name__, e)
t = "0123456789"
for step in (1, 2, 3, -1, -3):
    print(step, t[::step])
