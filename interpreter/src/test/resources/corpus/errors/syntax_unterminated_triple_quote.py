print("this never runs")
text = """starts here
and never ends
