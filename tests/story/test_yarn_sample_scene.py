from pathlib import Path

from game.story.yarn import VISIT_PREFIX, Dialogue, YarnProgram
from yarn_helpers import play

SAMPLE = Path(__file__).parent / "data" / "club_sample.yarn"


def test_sample_scene_is_clean():
    program = YarnProgram.load(SAMPLE)
    assert program.node_names == ["Club_Door", "Club_Bar"]
    assert program.nodes["Club_Bar"].headers["spawn"] == "bar"
    assert program.lint() == []
    kinds = {(kind, text) for _, _, _, kind, text in program.iter_statements()}
    assert ("command", "walk margaret to bar") in kinds
    assert ("function", 'has_item("cocaine")') in kinds


def test_sample_scene_paths():
    text = SAMPLE.read_text()
    inventory = set()
    funcs = {"has_item": lambda name: name in inventory}
    variables = {}
    out = play(text, [0], start="Club_Door", variables=variables, functions=funcs)
    assert out == [
        "C:camera pan club_entrance",
        "L:Bouncer: List's closed.",
        "O:Margaret: I'm walking the show tonight.|~Margaret: I have 2 dollars.|Say nothing.",
        "L:Bouncer: Then you're late. Go.",
        "C:walk margaret to bar",
        "L:Jimmy: Look who got in. Lucky you.",
        "L:Jimmy: I need 2 dollars.",
    ]
    assert variables[VISIT_PREFIX + "Club_Door"] == 1
    assert variables[VISIT_PREFIX + "Club_Bar"] == 1
    assert variables["$on_list"] is True
    inventory.add("cocaine")
    out = play(text, [2], start="Club_Door", functions=funcs, variables={"$cash": 1})
    assert out[-1] == "L:Bouncer: Suit yourself."
    out = play(text, [], start="Club_Bar", functions=funcs, variables={"$cash": 1})
    assert out == ["L:Jimmy: Who let you in?", "L:Jimmy: I need a dollar.", "C:give jimmy cocaine"]


def test_sample_scene_line_ids_and_markup():
    program = YarnProgram.load(SAMPLE)
    d = Dialogue(program, variables={"$on_list": True, VISIT_PREFIX + "Club_Door": 1})
    d.start("Club_Bar")
    line = d.next()
    assert line.line_id == "line:bar_01" and line.speaker == "Jimmy"
    [wave] = line.markup
    assert line.text[wave.position:wave.position + wave.length] == "Lucky"
