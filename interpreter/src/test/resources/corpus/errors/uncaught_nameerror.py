# An uncaught NameError for a name with no similar names around
def compute():
    return frobnicated_widget_total * 2

print("start")
compute()
