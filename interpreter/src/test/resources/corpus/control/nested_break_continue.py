# break and continue only affect the innermost loop
for i in range(4):
    for j in range(4):
        if j == 2:
            break
        if i == j:
            continue
        print(i, j)
    print("end inner", i)
found = None
for i in range(5):
    for j in range(5):
        if i * j == 6:
            found = (i, j)
            break
    if found:
        break
print("found", found)
total = 0
i = 0
while i < 5:
    i += 1
    for j in range(i):
        if j == 3:
            break
        total += j
    if i == 4:
        continue
    total += 100
print(total)
