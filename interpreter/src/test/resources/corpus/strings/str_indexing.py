# Indexing with positive and negative indices
s = "Python"
print(s[0], s[1], s[5], s[-1], s[-6])
print(len(s), len(""), len("é"), len("a\tb"))
for i in range(-len(s), len(s)):
    print(i, s[i])
try:
    s[6]
except IndexError as e:
    print(type(e).__name__, e)
try:
    s[-7]
except IndexError as e:
    print(type(e).__name__, e)
try:
    s[0] = "J"
except TypeError as e:
    print(type(e).__name__, e)
try:
    s["a"]
except TypeError as e:
    print(type(e).__name__, e)
print(type(s[0]).__name__, s[True])
