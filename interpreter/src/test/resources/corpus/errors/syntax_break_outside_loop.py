print("this never runs")
if True:
    break
