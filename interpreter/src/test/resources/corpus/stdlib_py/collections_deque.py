# collections.deque: both ends, maxlen, rotate, indexing, repr, errors
from collections import deque

d = deque([1, 2, 3])
d.append(4)
d.appendleft(0)
print(d, len(d), d[0], d[-1], d[2])
print(d.pop(), d.popleft(), d)
d.extend('ab')
d.extendleft([8, 9])
print(d)
d.rotate(2)
print(d)
d.rotate(-3)
print(d)
d[1] = 'X'
del d[0]
print(d, d.index('X'), d.count('a'), 'a' in d, 'zz' in d)
d.insert(2, 'ins')
d.remove('ins')
d.reverse()
print(d, list(reversed(d)))
b = deque(maxlen=3)
for i in range(6):
    b.append(i)
    print(b)
b.appendleft(-1)
print(b, b.maxlen)
b.extend([7, 8])
print(b)
print(deque('abc', 2), deque(maxlen=0), deque())
e = deque([1, 2]) + deque([3])
print(e, e * 2, deque([1, 2]) == deque([1, 2]), deque([1]) == [1], deque([1, 2]) < deque([1, 3]))
e += [4, 5]
print(e, bool(deque()), bool(e), e.copy())
e.clear()
print(e)
for op in (lambda: deque().pop(), lambda: deque().popleft(), lambda: deque([1])[5]):
    try:
        op()
    except IndexError as ex:
        print('IndexError', ex)
try:
    deque([1]).remove(2)
except ValueError as ex:
    print('ValueError', ex)
try:
    deque([1, 2], maxlen=2).insert(0, 5)
except IndexError as ex:
    print('IndexError', ex)
try:
    deque(maxlen=-1)
except ValueError as ex:
    print('ValueError', ex)
m = deque([1, 2, 3])
try:
    for x in m:
        m.append(x)
except RuntimeError as ex:
    print('RuntimeError', ex)
# sliding window maximum
def window_max(nums, k):
    q, out = deque(), []
    for i, n in enumerate(nums):
        while q and nums[q[-1]] <= n:
            q.pop()
        q.append(i)
        if q[0] <= i - k:
            q.popleft()
        if i >= k - 1:
            out.append(nums[q[0]])
    return out
print(window_max([1, 3, -1, -3, 5, 3, 6, 7], 3))
