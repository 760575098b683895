"""Liquid Sky: a 2D pixel-art adventure adapted from the 1983 film."""

__version__ = "0.1.0"
