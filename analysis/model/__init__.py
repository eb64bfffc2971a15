"""The model: the types, frame schemas, words and rules every step agrees on.

Nothing here reads or writes a file. Reading (`analysis.reading`) fills these types from
workbooks; computing, presenting and running take them from there.
"""
