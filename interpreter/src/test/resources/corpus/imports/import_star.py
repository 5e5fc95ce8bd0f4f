# from module import * honours __all__
from helper_star import *

print(public_one(), public_two())
try:
    not_exported()
except NameError as e:
    print(type(e).__name__, e)
try:
    print(_private)
except NameError as e:
    print(type(e).__name__, e)
import helper_star
print(helper_star.not_exported(), helper_star.__all__)
