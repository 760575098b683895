"""Write tests/scripts/story_keyboard.txt, the whole story by keyboard, from the chapter scripts.

Each chapter writer keeps a keyboard script for their chapters (`# args: --node ChN_Start`); the
whole story is those scripts one after another, in play order, from New game to the credits. Where
one chapter leads into the next the story plays on; the only join that needs steps of its own is
the end of the first night (to bed, down the roof's stairs). A test checks the committed file is
what this writes, so after changing a chapter script run:

    python tools/story_script.py
"""

from __future__ import annotations

import sys
from pathlib import Path

SCRIPTS = Path(__file__).resolve().parent.parent / "tests" / "scripts"
OUT = SCRIPTS / "story_keyboard.txt"

HEADER = """\
# mode: keyboard
# The whole story by keyboard, New game -> the credits -> the title, headless: the prologue and
# chapters 1-3 (the first night), to bed down the roof's stairs, then chapters 4-13 and the finale.
# Written by tools/story_script.py from the chapter writers' scripts (each part begins with its
# `# ======== name ========` line): edit those, then rerun the tool. It plays the same whether
# cutscenes are watched or skipped (tests/test_story.py runs it both ways). Run it with:
#   python -m game --headless --script tests/scripts/story_keyboard.txt
"""

TO_BED = """\
# -- the first night ends at the stairs down from the roof; the second begins with Johann
walkto 6 11
hold up 30
choose 1  # go down to bed
advance
until chapter == "4" 900
"""

# the chapter scripts in play order, and what comes after each
PARTS = ["chapters_1_3_keyboard.txt", TO_BED, "ch4_keyboard.txt", "ch5_keyboard.txt", "ch6_keyboard.txt",
         "ch7_keyboard.txt", "ch8_keyboard.txt", "ch9_keyboard.txt", "ch10_keyboard.txt",
         "chapters_11_finale_keyboard.txt"]

# A script started at its node waits for the title card; in the whole story the script before may
# already have played the next chapter's opening, so the wait accepts the map as well.
WAIT_FOR_CARD = 'until scene == "DialogueScene" or scene == "TitleCard" 900'
WAIT_FOR_CARD_OR_MAP = 'until scene == "DialogueScene" or scene == "TitleCard" or scene == "ExploreScene" 900'


def body(name: str) -> list[str]:
    """A chapter script without its leading comments (its headers and description)."""
    lines = (SCRIPTS / name).read_text(encoding="utf-8").splitlines()
    while lines and lines[0].startswith("#"):
        lines.pop(0)
    if lines and lines[0] == WAIT_FOR_CARD:
        lines[0] = WAIT_FOR_CARD_OR_MAP
    return [f"# ======== {name} ========", *lines]


def missing() -> list[str]:
    """Chapter scripts not written yet: the story goes on without them, as the chapters do."""
    return [p for p in PARTS if "\n" not in p and not (SCRIPTS / p).is_file()]


def story() -> str:
    out = HEADER.splitlines()
    for part in PARTS:
        if part not in missing():
            out += part.splitlines() if "\n" in part else body(part)
    return "\n".join(out) + "\n"


def main() -> int:
    for name in missing():
        print(f"story_script: no {name} yet; the story goes on without it", file=sys.stderr)
    OUT.write_text(story(), encoding="utf-8")
    print(OUT)
    return 0


if __name__ == "__main__":
    sys.exit(main())
