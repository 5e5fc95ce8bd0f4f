# sys.exit() and sys.exit(None) exit with status 0
import sys

try:
    sys.exit()
except SystemExit as e:
    print("caught", e.code)
print("exiting for real")
sys.exit(None)
