"""Liquid Sky: a 2D pixel-art adventure adapted from the 1983 film."""

import os

os.environ.setdefault("PYGAME_HIDE_SUPPORT_PROMPT", "1")

__version__ = "0.1.0"
