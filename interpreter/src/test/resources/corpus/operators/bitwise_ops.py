# &, |, ^, ~, << and >> on ints, including negative and big values
a, b = 0b1100, 0b1010
print(a & b, a | b, a ^ b, ~a)
print(bin(a & b), bin(a | b), bin(a ^ b))
print(-12 & 10, -12 | 10, -12 ^ 10, ~-12)
print(1 << 10, 1 << 64, 1 << 100)
print(1024 >> 3, -1024 >> 3, -1 >> 1, 1 >> 1)
print((1 << 100) >> 98, (2 ** 100 - 1) & 0xFF)
print(0xFF ^ 0xF0, 0 | 0, ~0, ~-1)
print(True & True, True | 0, 5 & True)
print(2 ** 64 | 1, (2 ** 64 + 3) ^ (2 ** 64), -(2 ** 64) & (2 ** 65 - 1))
print(6 & 3 | 8, 6 | 3 & 8, 1 << 2 + 1)
try:
    print(1 << -1)
except ValueError as e:
    print(type(e).__name__, e)
try:
    print(1.0 & 1)
except TypeError as e:
    print(type(e).__name__, e)
