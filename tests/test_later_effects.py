"""Each chapter's choice shows later: every variable a chapter's choice sets and a later chapter reads,
set each way, makes that later node say its own line (and none of the others').

The later node is played through the game's own dialogue program with the story's functions,
taking the first option offered at each choice, as far as its chapter goes. Lines are named by
their `#line:` ids (grep one in assets/dialogue to read it), so rewording a line leaves these
tests alone; moving what a choice changes to another line does not.
"""

import pytest

from game.paths import asset
from game.story.chapters import CHAPTERS
from game.story.runner import Command, Dialogue, DialogueEnd, Line, Options
from game.story.state import StoryState
from game.story.yarn import YarnProgram

IDS = [c["id"] for c in CHAPTERS]


def later(table: str) -> list[tuple[str, str, str, dict[str, str | None]]]:
    """(variable, the chapter it is chosen in, the later node, {value: its line's id}) of each entry."""
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
#     value: the id of the line that node then says ("-": none of the other values' lines)
LATER = later("""
$ch1_jimmy_answer -> Ch2_Start
    no: line:97f7ee2b
    adrian: line:255be0d7
    fine: line:b91faac9
$ch2_stash -> Finale_Start
    wardrobe: line:e3dae4e7
    oven: line:065db4ee
    kitchen: line:17ba7ad7
$ch3_terms -> Ch11_Start
    rules: line:de564ac0
    alone: -
$ch4_guard -> Ch5_Start
    bribe: line:8ca5d875
    argue: line:65f7f493
$ch5_way_in -> Finale_Arrivals
    pretext: line:eab0dc32
    resident: line:6e51632e
    service: line:be09126b
$ch6_paul_told -> Finale_Arrivals
    cold: line:55c44bfa
    pleading: line:44e7f79b
    practical: line:bac03119
$ch7_owen_choice -> Ch10_Start
    scene: line:233c87ee
    refused: line:53b2c124
    truth: line:dab9c480
$ch8_sylvia -> Finale_Arrivals
    blunt: line:054c562c
    polite: line:e573bd16
$ch9_told_paul -> Ch10_Start
    back: line:94ba47b5
    right: line:c4ea6d74
    nothing: line:6819b325
$ch10_body -> Ch12_Start
    wardrobe: line:00ba7028
    sofa_bed: line:5d775b6e
$ch10_price -> Ch12_Start
    fee: line:8a0aee2c
    nobody: line:f62cd386
    nothing: line:83b5fc48
$ch11_told -> Finale_Arrivals
    truth: line:193bbc6e
    asleep: line:29fdf84e
    nothing: line:22e8fe27
$ch12_wait -> Ch13_Evidence
    dark: line:31e1ff6b
    record: line:f0dfc232
$ch13_believe -> Finale_Start
    no: line:44a75fc1
    yes: line:3343a350
""")


@pytest.fixture(scope="module")
def program():
    return YarnProgram.load(sorted(asset("dialogue").glob("*.yarn")))


def chapter_of(node: str) -> str:
    """`Ch10_Start` -> "10", `Finale_Arrivals` -> "finale"."""
    return node.split("_")[0].lower().removeprefix("ch")


def said(program, node: str, variables: dict) -> dict[str, str]:
    """What the node says, {line id: text}, following its jumps, taking the first option offered
    each time."""
    story = StoryState(variables=dict(variables))
    story.chapter = chapter_of(node)
    dialogue = Dialogue(program, variables=story.variables, functions=story.functions(), rng=story.rng)
    dialogue.start(node)
    out = {}
    for _ in range(400):
        event = dialogue.next()
        if isinstance(event, Line):
            out[event.line_id] = event.raw
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
        lines_said = said(program, node, {variable: value})
        if line is not None:
            assert line in lines_said, (variable, value, list(lines_said.values()))
        for other, other_line in lines.items():
            if other != value and other_line is not None:
                assert other_line not in lines_said, (variable, value, other, lines_said.get(other_line))


def test_every_chapter_from_1_to_13_has_a_choice_that_shows_later():
    assert {chapter_id for _, chapter_id, _, _ in LATER} >= {str(n) for n in range(1, 14)}


NOTHING_LOGGED, LOGGED = "line:e4e23a83", "line:d53d2a12"  # Johann's two lines on his count


@pytest.mark.parametrize("sightings, says, not_says", [(0, NOTHING_LOGGED, LOGGED), (2, LOGGED, NOTHING_LOGGED)])
def test_johann_counts_his_sightings_only_when_there_are_some(program, sightings, says, not_says):
    lines_said = said(program, "Ch8_After_Dinner", {"$ch8_sightings": sightings, "$ch8_sylvia": "polite"})
    assert says in lines_said and not_says not in lines_said, list(lines_said.values())
    assert (str(sightings) in lines_said[says]) == (sightings > 0)  # he gives the count
