# Helper module (not a test): module-level state changed through functions
count = 0

def increment():
    global count
    count += 1
    return count

def get():
    return count
