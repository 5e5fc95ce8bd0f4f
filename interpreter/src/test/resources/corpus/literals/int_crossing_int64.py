# Arithmetic that crosses the 64-bit boundary in both directions
big = 9223372036854775807
print(big, big + 1, big * 2, big * big)
print(-big - 1, -big - 2)
print((big + 1) - 1, type((big + 1) - 1).__name__)
print((big + 1) // 2)
print((2 ** 64) % 1000)
print(big + 1 > big, big + 1 == 2 ** 63)
x = 1
for i in range(70):
    x *= 2
print(x)
for i in range(70):
    x //= 2
print(x, x == 1)
print(-(2 ** 63) // -1)
print(abs(-(2 ** 63)))
print((2 ** 63) * -1)
print(3037000500 * 3037000500)
print(-3037000500 * 3037000500)
print(4611686018427387904 + 4611686018427387904)
print(2 ** 63 - 2 ** 63, 2 ** 64 - 1 - (2 ** 64 - 2))
