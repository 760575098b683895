"""Each chapter's choice shows later: every variable a chapter's choice sets and a later chapter reads,
set each way, makes that later node say its own line (and none of the others').

The later node is played through the game's own dialogue program with the story's functions,
taking the first option offered at each choice, as far as its chapter goes.
"""

import pytest

from game.paths import asset
from game.story.chapters import CHAPTERS
from game.story.runner import Command, Dialogue, DialogueEnd, Line, Options
from game.story.state import StoryState
from game.story.yarn import YarnProgram

IDS = [c["id"] for c in CHAPTERS]


def later(table: str) -> list[tuple[str, str, str, dict[str, str | None]]]:
    """(variable, the chapter it is chosen in, the later node, {value: its line}) of each entry."""
    entries = []
    for row in table.strip().splitlines():
        if row.startswith(" "):
            value, line = row.strip().split(": ", 1)
            entries[-1][3][value] = None if line == "-" else line
        else:
            variable, node = row.split(" -> ")
            entries.append((variable, variable.split("_")[0].removeprefix("$ch"), node, {}))
    return entries


# variable chosen in chapter N ($chN_...) -> the later node that reads it
#     value: what that node then says ("-": none of the other values' lines)
LATER = later("""
$ch1_jimmy_answer -> Ch2_Start
    no: Your no has very little follow-through.
    adrian: Everybody passes me around like a bad cheque.
    fine: Life is a revolving door.
$ch2_stash -> Finale_Start
    wardrobe: I opened the wardrobe with the spare key
    oven: I took it out of the oven.
    kitchen: I took it from behind the books nobody reads.
$ch3_terms -> Ch11_Start
    rules: My roof, my rules. Nobody touches the water tower.
    alone: -
$ch4_guard -> Ch5_Start
    bribe: My twenty dollars is in a guard's shirt pocket
    argue: the driver keeps the change without asking
$ch5_way_in -> Finale_Arrivals
    pretext: business with the television producer on twelve
    resident: He carried somebody's groceries into my building
    service: came in by the service door with the porter's coffee
$ch6_paul_told -> Finale_Arrivals
    cold: like a coat. He took his coat.
    pleading: I asked him for one hour. He gave me the door instead.
    practical: It's the one thing I ever asked him that he did.
$ch7_owen_choice -> Ch10_Start
    scene: We read a scene together.
    refused: He wanted me to read a scene with him. I wouldn't.
    truth: I told him what his class taught me.
$ch8_sylvia -> Finale_Arrivals
    blunt: He could watch his roof thirsty
    polite: It went cold on my windowsill
$ch9_told_paul -> Ch10_Start
    back: I told him to go back to Katherine. He didn't go.
    right: I told him Katherine was right.
    nothing: He talked. I let him.
$ch10_body -> Ch12_Start
    wardrobe: Owen is in the wardrobe
    sofa_bed: Owen is in the sofa bed in the hall
$ch10_price -> Ch12_Start
    fee: HALF, underlined twice.
    nobody: NOBODY COMES UP.
    nothing: that says TAB.
$ch11_told -> Finale_Arrivals
    truth: A man with a camera telephoned
    asleep: Some people with lights put you in a van
    nothing: Nobody will tell me anything
$ch12_wait -> Ch13_Evidence
    dark: every light in the apartment goes out
    record: every light in the apartment goes on
$ch13_believe -> Finale_Start
    no: I didn't believe a word the German said.
    yes: It's leaving. When it's full, it goes, he said.
""")


@pytest.fixture(scope="module")
def program():
    return YarnProgram.load(sorted(asset("dialogue").glob("*.yarn")))


def chapter_of(node: str) -> str:
    """`Ch10_Start` -> "10", `Finale_Arrivals` -> "finale"."""
    return node.split("_")[0].lower().removeprefix("ch")


def said(program, node: str, variables: dict) -> list[str]:
    """What the node says, following its jumps, taking the first option offered each time."""
    story = StoryState(variables=dict(variables))
    story.chapter = chapter_of(node)
    dialogue = Dialogue(program, variables=story.variables, functions=story.functions(), rng=story.rng)
    dialogue.start(node)
    out = []
    for _ in range(400):
        event = dialogue.next()
        if isinstance(event, Line):
            out.append(event.raw)
        elif isinstance(event, Options):
            dialogue.select(next(i for i, o in enumerate(event.options) if o.available))
        elif isinstance(event, Command) and event.raw.startswith("chapter ") and len(out) > 0:
            break  # on into the next chapter: this one is over
        elif isinstance(event, DialogueEnd):
            break
    return out


@pytest.mark.parametrize("variable, chapter_id, node, lines", LATER, ids=[v for v, *_ in LATER])
def test_each_way_of_a_choice_shows_in_its_later_chapter(program, variable, chapter_id, node, lines):
    assert IDS.index(chapter_of(node)) > IDS.index(chapter_id)
    for value, line in lines.items():
        text = " / ".join(said(program, node, {variable: value}))
        if line is not None:
            assert line in text, (variable, value)
        for other, other_line in lines.items():
            if other != value and other_line is not None:
                assert other_line not in text, (variable, value, other)


def test_every_chapter_from_1_to_13_has_a_choice_that_shows_later():
    assert {chapter_id for _, chapter_id, _, _ in LATER} >= {str(n) for n in range(1, 14)}


@pytest.mark.parametrize("sightings, says, not_says", [
    (0, "Nothing logged from this window tonight.", "Here they are a pattern."),
    (2, "2 sightings logged from this window tonight.", "Nothing logged"),
])
def test_johann_counts_his_sightings_only_when_there_are_some(program, sightings, says, not_says):
    text = " / ".join(said(program, "Ch8_After_Dinner", {"$ch8_sightings": sightings, "$ch8_sylvia": "polite"}))
    assert says in text and not_says not in text
