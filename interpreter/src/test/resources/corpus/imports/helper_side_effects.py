# Helper module (not a test): prints when its body runs
print("helper_side_effects: module body running, __name__ =", __name__)
load_count = 1
items = []

def add(x):
    items.append(x)
    return len(items)
