# chr, ord, hex, oct, bin, int(str, base)
print(chr(65), chr(97), chr(48), chr(0x20AC), ord("A"), ord("€"), ord("\x00"))
print([chr(c) for c in range(ord("a"), ord("f"))])
print(hex(0), hex(255), hex(-255), hex(2 ** 64), oct(64), oct(-8), bin(0), bin(10), bin(-10))
print(int("101", 2), int("-ff", 16), int("Z", 36), int("0o17", 0), int("0x1F", 0), int("10", 0), int("  11  ", 3))
print(int("1_0", 16), int("000", 0))
try:
    ord("ab")
except TypeError as e:
    print(type(e).__name__, e)
try:
    chr(-1)
except ValueError as e:
    print(type(e).__name__, e)
try:
    int("2", 2)
except ValueError as e:
    print(type(e).__name__, e)
try:
    int("012", 0)
except ValueError as e:
    print(type(e).__name__, e)
print(float("1.5e3"), float("-inf"), float("infinity"), float("0x10".replace("0x", "")))
print(bool(0), bool(1), bool(-1), bool(0.0), bool("False"), bool(()), bool({0: 0}))
