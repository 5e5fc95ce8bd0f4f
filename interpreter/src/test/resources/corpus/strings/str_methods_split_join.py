# split, rsplit, splitlines and join
print("a,b,c".split(","))
print("a b  c".split(), "a b  c".split(" "))
print("  lead and trail  ".split())
print("a,b,c,d".split(",", 2), "a,b,c,d".rsplit(",", 2))
print("".split(), "".split(","), ",".split(","))
print("line1\nline2\r\nline3".splitlines())
print("x\n\ny\n".splitlines(), "x\ny\n".split("\n"))
print("-".join(["a", "b", "c"]), "".join(["x", "y"]), ", ".join([]))
print(" ".join(str(i) for i in range(5)))
print("::".join("abc"))
try:
    "-".join([1, 2])
except TypeError as e:
    print(type(e).__name__, e)
print("a=1;b=2".split(";")[1].split("="))
print("k:v".partition(":"), "nokey".partition(":"), "a:b:c".rpartition(":"))
try:
    "abc".split("")
except ValueError as e:
    print(type(e).__name__, e)
