# heapq (same heap layout as CPython) and bisect (with key=)
import heapq
import bisect

h = []
for v in [5, 3, 8, 1, 9, 2, 7, 3]:
    heapq.heappush(h, v)
    print(h)
print([heapq.heappop(h) for _ in range(len(h))])
data = [9, 4, 7, 1, 3, 8, 2, 6, 5, 0]
heapq.heapify(data)
print(data)
print(heapq.heappushpop(data, 4), data)
print(heapq.heapreplace(data, 10), data)
print(heapq.heappushpop([], 1), heapq.heappushpop([5], 1))
tasks = []
for prio, name in [(3, 'write'), (1, 'plan'), (2, 'code'), (1, 'coffee')]:
    heapq.heappush(tasks, (prio, name))
print([heapq.heappop(tasks) for _ in range(4)])
nums = [1, 8, 2, 23, 7, -4, 18, 23, 42, 37, 2]
print(heapq.nlargest(3, nums), heapq.nsmallest(3, nums), heapq.nlargest(0, nums), heapq.nsmallest(20, [3, 1]))
people = [('ann', 31), ('bob', 25), ('cy', 31), ('di', 19)]
print(heapq.nlargest(2, people, key=lambda p: p[1]), heapq.nsmallest(2, people, key=lambda p: p[1]))
print(list(heapq.merge([1, 4, 7], [2, 5, 8], [0, 3, 6, 9])), list(heapq.merge()))
print(list(heapq.merge(['a', 'cc'], ['bbb', 'dddd'], key=len)), list(heapq.merge([9, 5, 1], [8, 2], reverse=True)))
for op in (heapq.heappop, lambda l: heapq.heapreplace(l, 1)):
    try:
        op([])
    except IndexError as e:
        print('IndexError', e)

a = [1, 2, 4, 4, 4, 7, 9]
print(bisect.bisect_left(a, 4), bisect.bisect_right(a, 4), bisect.bisect(a, 4), bisect.bisect_left(a, 0), bisect.bisect_right(a, 10))
print(bisect.bisect_left(a, 4, 3), bisect.bisect_right(a, 4, 0, 4), bisect.bisect_left(a, 5, hi=3))
bisect.insort(a, 5)
bisect.insort_left(a, 4)
bisect.insort_right(a, 0)
print(a)


def grade(score, breakpoints=(60, 70, 80, 90), grades='FDCBA'):
    return grades[bisect.bisect(breakpoints, score)]


print([grade(s) for s in [33, 99, 77, 70, 89, 90, 100]])
recs = [('a', 1), ('b', 3), ('c', 5)]
print(bisect.bisect_left(recs, 3, key=lambda r: r[1]), bisect.bisect_right(recs, 3, key=lambda r: r[1]))
bisect.insort(recs, ('d', 4), key=lambda r: r[1])
bisect.insort_left(recs, ('e', 3), key=lambda r: r[1])
print(recs)
try:
    bisect.bisect_left(a, 1, -1)
except ValueError as e:
    print('ValueError', e)
