# An uncaught exception three frames deep
def parse(text):
    return int(text)

def load(values):
    out = []
    for v in values:
        out.append(parse(v))
    return out

def main():
    print("loading")
    print(load(["1", "2"]))
    print(load(["3", "oops"]))
    print("never reached")

main()
