try:
    x
