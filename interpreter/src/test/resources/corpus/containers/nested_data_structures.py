# Building and walking nested structures
inventory = {
    "fruit": [{"name": "apple", "qty": 3}, {"name": "pear", "qty": 0}],
    "veg": [{"name": "kale", "qty": 7}],
}
for cat in inventory:
    for item in inventory[cat]:
        if item["qty"]:
            print(cat, item["name"], item["qty"])
total = sum(i["qty"] for items in inventory.values() for i in items)
print("total", total)
inventory["veg"].append({"name": "leek", "qty": 2})
print([i["name"] for i in inventory["veg"]])
grid = [[r * 3 + c for c in range(3)] for r in range(3)]
print(grid)
print([list(row) for row in zip(*grid)])
print([grid[i][i] for i in range(3)])
flat = [x for row in grid for x in row]
print(flat)
matrix = [[0] * 3 for _ in range(2)]
matrix[0][1] = 5
print(matrix)
tree = ("root", [("a", []), ("b", [("c", [])])])
def walk(node, depth=0):
    name, kids = node
    print("  " * depth + name)
    for k in kids:
        walk(k, depth + 1)
walk(tree)
