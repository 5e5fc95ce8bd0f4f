# random: CPython's Mersenne Twister sequences for int/str/bytes seeds
import random

for seed in [0, 1, 42, 2 ** 32, 2 ** 80 + 7, -5, 'hello', b'bytes']:
    random.seed(seed)
    print(seed, random.random(), random.randint(1, 6), random.randrange(10, 100, 5), random.getrandbits(40))
random.seed(12345)
print([random.random() for _ in range(3)])
print([random.randint(0, 10 ** 12) for _ in range(3)], random.randrange(7), random.randrange(-5, 5))
print(random.choice('abcdefg'), random.choice([10, 20, 30]), random.uniform(1.5, 2.5), random.getrandbits(1), random.getrandbits(100))
deck = list(range(20))
random.shuffle(deck)
print(deck)
print(random.sample(range(100), 5), random.sample('abcdef', 3), random.sample(range(10 ** 6), 4))
print(random.sample(['r', 'g', 'b'], k=4, counts=[3, 2, 1]))
print(random.choices('abc', k=6), random.choices(['x', 'y', 'z'], weights=[10, 1, 1], k=6), random.choices('ab', cum_weights=[1, 2], k=3))
print(random.randbytes(6))
print(round(random.gauss(0, 1), 12), round(random.gauss(10, 2), 12), round(random.normalvariate(0, 1), 12))
print(round(random.expovariate(1.5), 12), round(random.triangular(0, 10, 2), 12), round(random.betavariate(2, 5), 12))
print(round(random.gammavariate(2.0, 1.5), 12), round(random.gammavariate(0.5, 1.0), 12), round(random.lognormvariate(0, 0.5), 12))
print(round(random.paretovariate(2), 12), round(random.weibullvariate(1, 1.5), 12), round(random.vonmisesvariate(0, 1), 12))
r1, r2 = random.Random(7), random.Random(7)
print([r1.random() for _ in range(2)] == [r2.random() for _ in range(2)], r1.randint(1, 100), r2.randint(1, 100))
state = r1.getstate()
first = [r1.random() for _ in range(3)]
r1.setstate(state)
print(first == [r1.random() for _ in range(3)], state[0], len(state[1]))
r3 = random.Random()
r3.seed(99)
print(r3.random(), random.Random(99).random())
for bad in [lambda: random.randrange(0), lambda: random.randrange(5, 2), lambda: random.choice([]),
            lambda: random.sample(range(3), 5), lambda: random.randrange(1, 10, 0), lambda: random.getrandbits(-1)]:
    try:
        bad()
    except (ValueError, IndexError) as e:
        print(type(e).__name__, e)
try:
    random.sample({1, 2}, 1)
except TypeError as e:
    print('TypeError', e)
random.seed(2024)
walk = 0
for _ in range(1000):
    walk += random.choice((-1, 1))
print(walk, sum(random.random() for _ in range(1000)) // 1)
