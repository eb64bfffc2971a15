"""Computing: rates, intervals, totals, roll-ups, changes, trends and comparisons.

Pure functions over the model's frames: a frame goes in, a new frame comes out. Nothing
here reads a file, draws or formats a number for print.
"""
