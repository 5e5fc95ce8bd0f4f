# A generator resumed many times from compiled code: its continuation must compile once,
# not deoptimize on every resume (see ContinuationLocations).
def squares(n):
    for i in range(n):
        yield i * i


print(sum(squares(20000)))
print(sum(x for x in range(20000)))
