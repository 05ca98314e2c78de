"""Reading text: the spaCy pipeline, datelines, normalised words, and the grammar of predicates."""
