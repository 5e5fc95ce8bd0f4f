# In a class body, only the first iterable of a comprehension sees class names
class Config:
    names = ["a", "b", "c"]
    upper = [n.upper() for n in names]
    prefix = "item_"
    try:
        prefixed = [prefix + n for n in names]
    except NameError as e:
        prefixed = None
        error = str(e)
    first_ok = [n for n in names]
    nested_ok = [x for x in [len(names)]]

print(Config.upper)
print(Config.prefixed, Config.error)
print(Config.first_ok, Config.nested_ok)
class Table:
    size = 3
    rows = [[0] * 2 for _ in range(size)]
    try:
        grid = [[c for c in range(size)] for r in range(size)]
    except NameError as e:
        grid = str(e)
print(Table.rows, Table.grid)
