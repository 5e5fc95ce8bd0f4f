# finally runs on return/break/continue; return in finally wins
def ret_in_try():
    try:
        return "try"
    finally:
        print("finally runs before return")

def finally_overrides():
    try:
        return "try"
    finally:
        return "finally"

def finally_swallows():
    try:
        raise ValueError("lost")
    finally:
        return "swallowed"

print(ret_in_try())
print(finally_overrides())
print(finally_swallows())
for i in range(3):
    try:
        if i == 1:
            continue
        if i == 2:
            break
        print("body", i)
    finally:
        print("finally", i)
def count():
    n = 0
    try:
        n += 1
        return n
    finally:
        n += 100
        print("n in finally", n)
print(count())
