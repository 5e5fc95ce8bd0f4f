# Custom exception classes with __init__ and extra attributes
class AppError(Exception):
    pass

class ValidationError(AppError):
    def __init__(self, field, message):
        super().__init__(f"{field}: {message}")
        self.field = field
        self.message = message

class NoSuperInit(Exception):
    def __init__(self, code):
        self.code = code

try:
    raise ValidationError("age", "must be positive")
except AppError as e:
    print(type(e).__name__, e, e.args, e.field, e.message)
    print(isinstance(e, ValidationError), isinstance(e, Exception))
try:
    raise NoSuperInit(404)
except NoSuperInit as e:
    print(repr(str(e)), e.args, e.code)
class WithStr(Exception):
    def __str__(self):
        return "custom str"
try:
    raise WithStr("ignored")
except WithStr as e:
    print(e, repr(e), e.args)
try:
    raise AppError
except AppError as e:
    print(repr(e), e.args, str(e) == "")
