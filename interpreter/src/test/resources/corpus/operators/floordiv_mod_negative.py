# Floor division and modulo follow the sign of the divisor
pairs = [(7, 2), (-7, 2), (7, -2), (-7, -2), (0, 3), (6, 3), (-6, 3), (1, 10), (-1, 10)]
for a, b in pairs:
    print(a, b, a // b, a % b, divmod(a, b))
print(7.5 // 2, -7.5 // 2, 7.5 % -2, -7.5 % 2)
print(-1 % 2 ** 70, (2 ** 70 + 5) % -3, -(2 ** 70) // 3)
print(5 % 1.5, -5 % 1.5)
print(-0.0 // 1, 0.0 % -1)
print(divmod(-9, 4), divmod(9, -4), divmod(-9, -4))
for a in range(-5, 6):
    print(a % 3, end=" ")
print()
for a in range(-5, 6):
    print(a // 3, end=" ")
print()
