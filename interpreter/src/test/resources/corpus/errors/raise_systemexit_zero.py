# SystemExit(0) ends the program successfully
print("before")
try:
    raise SystemExit(0)
finally:
    print("finally still runs")
print("never printed")
