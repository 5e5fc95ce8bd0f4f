# sys.stdout.write returns the number of characters and adds no newline
import sys

n = sys.stdout.write("hello")
sys.stdout.write(" world\n")
print(n)
count = sys.stdout.write("")
print(count)
print(sys.stdout.write("é€\n"))
for i in range(3):
    sys.stdout.write(str(i))
sys.stdout.write("\n")
sys.stdout.write("mixed ")
print("with print")
sys.stdout.flush()
print("done")
