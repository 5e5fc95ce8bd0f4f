ab́c = 1
print(ab́c)
𝐀 = 2
print(𝐀)
