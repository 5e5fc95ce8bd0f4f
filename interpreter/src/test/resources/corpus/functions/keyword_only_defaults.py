# Keyword-only arguments with and without defaults
def connect(host, *, port=80, secure=False):
    scheme = "https" if secure else "http"
    return f"{scheme}://{host}:{port}"

print(connect("a.example"))
print(connect("b.example", secure=True, port=443))
try:
    connect("c.example", 8080)
except TypeError as e:
    print(type(e).__name__, e)
def need(*, key):
    return key
try:
    need()
except TypeError as e:
    print(type(e).__name__, e)
print(need(key="k"))
def after_args(*args, sep="-"):
    return sep.join(args)
print(after_args("a", "b"), after_args("a", "b", sep="+"))
