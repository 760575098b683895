"""Story logic, free of pygame: the Yarn runtime (yarn.py), expressions, story state."""
