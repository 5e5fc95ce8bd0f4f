f(a.b = )
