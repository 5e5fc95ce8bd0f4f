x = """
abc
""" +
