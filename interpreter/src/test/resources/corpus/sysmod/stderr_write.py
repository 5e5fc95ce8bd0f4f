# Writing to stderr with sys.stderr.write and print(file=sys.stderr)
import sys

print("to stdout 1")
sys.stderr.write("to stderr 1\n")
print("to stderr 2", file=sys.stderr)
print("to stdout 2")
print("a", "b", sep="-", end="!\n", file=sys.stderr)
sys.stderr.flush()
print("to stdout 3", file=sys.stdout)
print(sys.stderr.write("x\n"))
