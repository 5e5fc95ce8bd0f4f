# An uncaught exception without a message prints only its name
def fail():
    raise NotImplementedError

print("about to fail")
fail()
