"""The seed documents' Counter: 5 workers x 100,000 counter.increment(1), run one after another
in a single thread (the single-threaded baseline of their counter race)."""


class Counter:
    def __init__(self):
        self.count = 0

    def increment(self, offset):
        self.count += offset


def worker(sensor_index, how_many, counter):
    for _ in range(how_many):
        counter.increment(1)


NUM_SENSORS = 5
INCREMENTS_PER_SENSOR = 100000
counter = Counter()
for sensor_id in range(NUM_SENSORS):
    worker(sensor_id, INCREMENTS_PER_SENSOR, counter)
print("final counter:", counter.count)
