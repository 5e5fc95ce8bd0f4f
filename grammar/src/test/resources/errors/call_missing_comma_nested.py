foo(bar(1, 2) baz)
