# Assignment expressions bind in the enclosing scope
values = [3, 8, 1, 9, 4]
big = [y for x in values if (y := x * 2) > 6]
print(big, y)
def last_seen(seq):
    [last := s for s in seq]
    return last
print(last_seen("abc"))
total = 0
running = [total := total + v for v in values]
print(running, total)
found = any((hit := v) > 7 for v in values)
print(found, hit)
