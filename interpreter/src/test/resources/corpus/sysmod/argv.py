# sys.argv[0] is the script name as given on the command line
import sys

print(sys.argv)
print(len(sys.argv))
print(sys.argv[0])
print(sys.argv[0].endswith(".py"))
print(type(sys.argv).__name__)
