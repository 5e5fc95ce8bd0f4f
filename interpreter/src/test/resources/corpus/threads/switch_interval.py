# The GIL's switch interval, as sys exposes it.
import sys

print(sys.getswitchinterval())
sys.setswitchinterval(0.001)
print(sys.getswitchinterval())
for bad in (0, -1.5):
    try:
        sys.setswitchinterval(bad)
    except ValueError as e:
        print("ValueError", e)
print(sys.getswitchinterval())
