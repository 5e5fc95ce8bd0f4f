# The traceback names the imported module's file for frames inside it
import helper_raises

def run(values):
    return [helper_raises.check_positive(v) for v in values]

print(run([1, 2]))
run([3, -1])
