# Seed workload: a small mix of list building, dict counting and string work
def primes_below(n):
    sieve = [True] * n
    sieve[0] = sieve[1] = False
    for i in range(2, int(n ** 0.5) + 1):
        if sieve[i]:
            for j in range(i * i, n, i):
                sieve[j] = False
    return [i for i, p in enumerate(sieve) if p]

ps = primes_below(100000)
print(len(ps), ps[-1], sum(ps))
counts = {}
for p in ps:
    d = p % 10
    counts[d] = counts.get(d, 0) + 1
print(sorted(counts.items()))
words = " ".join(str(p) for p in ps[:1000]).split()
print(len(words), max(words, key=len), sum(len(w) for w in words))
