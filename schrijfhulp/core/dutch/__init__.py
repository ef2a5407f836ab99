"""Dutch word knowledge: segmentation, lexicon, verb forms, syllables."""
