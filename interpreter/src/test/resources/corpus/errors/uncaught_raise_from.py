# raise ... from ... shows both exceptions, the cause first
class ConfigError(Exception):
    pass

def read_setting(settings, key):
    try:
        return settings[key]
    except KeyError as e:
        raise ConfigError(f"setting {key!r} is missing") from e

print(read_setting({"a": 1}, "a"))
read_setting({"a": 1}, "timeout")
