# sys.exit with an integer sets the exit status silently
import sys

print("exiting with 3")
sys.exit(3)
print("never printed")
