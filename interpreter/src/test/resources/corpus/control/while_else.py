# while loops with else, break and continue
i = 0
while i < 3:
    print("i =", i)
    i += 1
else:
    print("while finished normally")
j = 0
while True:
    j += 1
    if j == 4:
        print("breaking at", j)
        break
else:
    print("not printed")
k = 0
while k < 6:
    k += 1
    if k % 2 == 0:
        continue
    print("odd", k)
else:
    print("else after continue loop, k =", k)
n = 0
while n:
    print("never")
else:
    print("else runs when condition false initially")
count = 10
while count > 0:
    count -= 3
print(count)
