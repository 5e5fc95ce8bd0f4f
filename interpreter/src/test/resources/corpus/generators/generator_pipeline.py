# Chaining generators into a processing pipeline
def read(data):
    for line in data:
        print("read", line)
        yield line

def parse(lines):
    for line in lines:
        yield int(line)

def keep_even(nums):
    for n in nums:
        if n % 2 == 0:
            yield n

pipeline = keep_even(parse(read(["1", "2", "3", "4"])))
print("pipeline built")
for value in pipeline:
    print("result", value)
def window(seq, size):
    buf = []
    for x in seq:
        buf.append(x)
        if len(buf) > size:
            buf.pop(0)
        if len(buf) == size:
            yield tuple(buf)
print(list(window(range(6), 3)))
def unique(seq):
    seen = set()
    for x in seq:
        if x not in seen:
            seen.add(x)
            yield x
print(list(unique([3, 1, 3, 2, 1, 4])))
