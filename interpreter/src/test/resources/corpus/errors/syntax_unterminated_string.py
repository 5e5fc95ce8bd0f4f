print("this never runs")
message = "hello
print(message)
