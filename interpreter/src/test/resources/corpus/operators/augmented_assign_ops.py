# Augmented assignment with each operator
x = 10
x += 5; print(x)
x -= 3; print(x)
x *= 2; print(x)
x //= 5; print(x)
x %= 3; print(x)
x **= 10; print(x)
x /= 4; print(x)
y = 0b1111
y &= 0b1010; print(y)
y |= 0b0101; print(y)
y ^= 0b0011; print(y)
y <<= 3; print(y)
y >>= 2; print(y)
s = "ab"
s += "cd"; s *= 2; print(s)
l = [1]
m = l
l += [2]
print(l, m, l is m)
t = (1,)
u = t
t += (2,)
print(t, u, t is u)
