# and / or return one of their operands and short-circuit
def t(v):
    print("t", v)
    return v

print(1 and 2, 0 and 2, 1 or 2, 0 or 2)
print("" or "default", "x" or "default", None or 0, [] and 5)
print(t(0) and t(1))
print(t(1) and t(2))
print(t(1) or t(2))
print(t(0) or t(3))
print(t(None) or t(0) or t("last"))
print(not 0, not "", not [1], not None)
print(1 and 2 or 3, 0 and 2 or 3, 1 or 2 and 3)
print(not 1 or 2, not (1 or 2))
x = [] or {} or ()
print(x, type(x).__name__)
v = 5
print(v > 0 and "positive" or "non-positive")
