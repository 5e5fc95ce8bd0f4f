print("this never runs")
if True:
        x = 1
    y = 2
