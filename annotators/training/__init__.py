"""Scripts that build the shipped data and models (the divisions table, the character CRF,
a small HanLP model). They are run by hand, never when annotating; each says how in its docstring.
"""
