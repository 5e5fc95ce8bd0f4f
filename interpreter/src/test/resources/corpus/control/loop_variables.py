# Loop variables persist after the loop and can be rebound inside it
for i in range(3):
    i = i * 10
    print("inside", i)
print("after", i)
items = [1, 2, 3]
for item in items:
    item += 100
print(items, item)
for c in "xyz":
    pass
print(c)
n = 5
while n > 0:
    n -= 2
print(n)
total = 0
for x in range(1, 5):
    for y in range(x):
        total += y
print(total)
acc = []
for k in range(3):
    acc.append(k)
    if len(acc) > 10:
        break
print(acc)
