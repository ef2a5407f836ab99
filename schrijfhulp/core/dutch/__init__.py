"""Dutch word knowledge: segmentation, the lexicon, verb forms, compounds, syllables, frequency.

Every checker and the readability level ask this package; none keeps its own list of what the
lexicon knows (which words are verbs, comparatives, plurals, de- or het-words).
"""
