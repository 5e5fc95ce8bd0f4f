print("this never runs")
items = [1, 2, 3)
