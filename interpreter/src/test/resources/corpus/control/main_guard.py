# The __name__ == "__main__" idiom
def main():
    print("running main")
    return 0

print("module name:", __name__)
if __name__ == "__main__":
    print("as script")
    result = main()
    print("result", result)
else:
    print("imported")
print(__name__ == "__main__")
