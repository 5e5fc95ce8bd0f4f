x = ("a" "b" c)
