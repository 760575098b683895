"""Placeholder until portraits are drawn."""
from PIL import Image
def portrait(pid, p, mood):
    return Image.new("RGBA", (48, 48), (0, 0, 0, 0))
