"""Chinese-language helpers of the annotators: word segmentation, page layout, bylines,
personal names, official titles, place-name grammar, quoted phrases and the character CRF.

Each module serves one or a few annotators of :mod:`baokan.annotators`; none is an annotator.
"""
