# Importing a module with a syntax error: a SyntaxError traceback through the import statement
print("before the import")
import helper_bad_syntax
