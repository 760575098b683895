"""The 30 beats of the story, by number (the stable id scripts use: `<<beat 7>>`, `beat(7)`) and
by a short name. docs/story.md tells them in full; a test keeps its list and this table the same."""

from __future__ import annotations

BEATS: dict[int, str] = {
    1: "A fashion show at the club",
    2: "Margaret and Jimmy model",
    3: "Jimmy wants Adrian's cocaine",
    4: "The craft lands on the roof",
    5: "Jimmy comes home with Margaret",
    6: "The alien watches Margaret",
    7: "Back to the club for the show",
    8: "A roof shoot is booked",
    9: "Sylvia lives across the street",
    10: "Johann watches from the Empire State",
    11: "The deck closes",
    12: "Johann calls Owen",
    13: "Johann finds Sylvia's building",
    14: "Sylvia asks him to dinner",
    15: "Katherine and Paul's heroin",
    16: "Owen and Margaret",
    17: "Paul forces Margaret",
    18: "Paul walked out of the party",
    19: "Death by crystal",
    20: "Margaret understands",
    21: "Johann watches through dinner",
    22: "Adrian helps hide the body",
    23: "The crew arrives on the roof",
    24: "Jimmy taunts Margaret",
    25: "Margaret calls the actor back",
    26: "What the alien harvests",
    27: "Why Margaret lives",
    28: "Margaret learns of the aliens",
    29: "Margaret calls the craft to her",
    30: "Sylvia and Katherine see her vanish",
}


def describe(number: int) -> str:
    """`07 Back to the club for the show`, for messages and the docs."""
    return f"{number:02d} {BEATS[number]}"
