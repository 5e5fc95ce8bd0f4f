# Helper module (not a test): raises from inside an imported module
def check_positive(n):
    if n <= 0:
        raise ValueError(f"expected a positive number, got {n}")
    return n
