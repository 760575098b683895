"""Who can speak where (game/story/casting.py): each chapter's maps, who is played there and who
else is there, and `check`'s warning about a line whose speaker is neither."""

import copy

import pytest

from game.paths import asset
from game.story.casting import _members, chapter_scenes, may_hold, misplaced_speakers
from game.story.dialogue_lint import DialogueLinter, _shipped_maps
from game.story.program import YarnProgram


@pytest.fixture(scope="module")
def shipped():
    return YarnProgram.load(str(asset("dialogue"))), _shipped_maps()


def test_conditions_are_judged_by_chapter_and_player_alone():
    assert may_hold('not chapter_is("5")', "4", "johann")
    assert not may_hold('not chapter_is("5")', "5", "johann")
    assert may_hold('chapter_is("5") and beat(3)', "5", "johann")  # the beat may be either
    assert not may_hold('chapter_is("5") and beat(3)', "4", "johann")
    assert not may_hold('player_is("johann")', "2", "margaret")
    assert may_hold("", "2", "margaret")


def test_the_shipped_game_names_no_misplaced_speaker(shipped):
    assert misplaced_speakers(*shipped) == []


def test_margaret_stays_off_the_street_on_the_first_night(shipped):
    scenes = chapter_scenes(*shipped)
    for cid in ("prologue", "1", "2", "3"):
        assert "street" not in scenes[cid] and "sylvia_apartment" not in scenes[cid], cid
    assert scenes["5"]["street"].players == {"johann"}
    assert scenes["13"]["rooftop"].players == {"johann", "margaret"}  # <<player margaret>> up there


def test_an_open_front_door_in_chapter_2_is_caught(shipped):
    """The mistake the warning is for: with the penthouse doors open in chapter 2, Margaret walks
    out and the street's taxi and doorman answer in Johann's words."""
    program, maps = shipped
    maps = dict(maps, penthouse=copy.deepcopy(maps["penthouse"]))
    for door in maps["penthouse"].objects_of("door"):
        door.props["condition"] = ""
    found = [str(p) for p in DialogueLinter(program)._misplaced_speakers(maps)]
    for node in ("Street_Taxi", "Street_Talk_Doorman"):
        assert any("examine_street.yarn:" in f and f": warning: Johann speaks in {node} in chapter 2 on street" in f
                   for f in found), (node, found[:5])
    assert not any("chapter 5" in f for f in found)  # Johann's own chapter is right as it is


def test_a_chapter_member_of_a_node_group_silences_its_fallback_there():
    program = YarnProgram.from_source(
        'title: Thing\nwhen: always\n---\nMargaret: Mine.\n===\n'
        'title: Thing\nwhen: chapter_is("13")\n---\nJohann: His.\n===\n'
        'title: Thing\nwhen: chapter_is("13") and $late\n---\nJohann: His, later.\n===\n', "x.yarn")
    lines = lambda chapter: sorted(m.body[0].source for m in _members(program, "Thing", chapter, "johann"))  # noqa: E731
    assert lines("13") == ["Johann: His, later.", "Johann: His."]
    assert lines("7") == ["Margaret: Mine."]


def test_narration_with_a_colon_is_named(tmp_path):
    from game.check import run_checks
    bad = tmp_path / "colon.yarn"
    bad.write_text("title: Colon_Node\n---\nThe crowd goes quiet the way crowds do: not at all. #line:colon1\n===\n")
    found = [str(p) for p in run_checks([bad])]
    assert any(f.startswith(f"{bad}:3: warning: 'The crowd goes quiet the way c'... is read as a speaker") for f in found)


def test_an_option_with_a_colon_is_named(tmp_path, shipped):
    """The guard's options at closing time once read "ask about the building." in the box: the
    words before an option's colon are taken for a speaker and dropped."""
    from game.check import run_checks
    bad = tmp_path / "option.yarn"
    bad.write_text("title: Option_Node\n---\n-> Stall him: ask about the building. #line:opt1\n-> Leave.\n===\n")
    found = [str(p) for p in run_checks([bad])]
    assert any(f.startswith(f"{bad}:3: warning: option 'Stall him': the words before the colon") for f in found), found
    assert not [p for p in DialogueLinter(shipped[0])._moods() if "option" in str(p)]


def test_a_thing_on_the_roof_speaks_as_whoever_is_played(shipped, tmp_path):
    """In chapter 13 Johann looks round the roof before Margaret is played: a thing's lines in
    Margaret's words are named even though she stands by, until Johann has his own."""
    import shutil
    _, maps = shipped
    for path in asset("dialogue").glob("*.yarn"):
        shutil.copy(path, tmp_path / path.name)
    ch13 = tmp_path / "ch13.yarn"
    text = ch13.read_text(encoding="utf-8")
    mine = 'title: Rooftop_Water_Tower\nwhen: player_is("johann")'
    assert mine in text
    ch13.write_text(text.replace(mine, mine.replace("johann", "nobody")), encoding="utf-8")
    found = misplaced_speakers(YarnProgram.load(str(tmp_path)), maps)
    assert [(f[2], f[3], f[4]) for f in found] == [("Margaret", "Rooftop_Water_Tower", "13")]


@pytest.mark.parametrize("player,chapter,node,speaker", [
    ("johann", "13", "Rooftop_Water_Tower", "Johann"), ("margaret", "13", "Rooftop_Water_Tower", "Margaret"),
    ("margaret", "11", "Rooftop_Water_Tower", "Margaret"), ("johann", "13", "Penthouse_Tub", "Johann"),
    ("margaret", "12", "Penthouse_Tub", "Margaret")])
def test_the_game_gives_a_thing_the_words_of_whoever_is_played(app, driver, player, chapter, node, speaker):
    app.story.chapter, app.story.player = chapter, player
    app.start_map(node.split("_")[0].lower())
    driver.step(2)
    app.start_dialogue(node)
    driver.step(2)
    assert driver.scene().describe()["line"].startswith(f"{speaker}: ")


@pytest.mark.parametrize("body,node,start", [
    ("wardrobe", "Penthouse_Wardrobe", "Margaret: Locked, and Adrian has the key"), ("sofa_bed", "Penthouse_Wardrobe", "Margaret: Black"),
    ("sofa_bed", "Penthouse_Hall_Sofa", "Margaret: The sofa bed, shut"),
    ("wardrobe", "Penthouse_Hall_Sofa", "Margaret: The clients' sofa")])
def test_where_owen_was_hidden_the_apartment_says_so_in_chapter_12(app, driver, body, node, start):
    app.story.chapter, app.story.player = "12", "margaret"
    app.story.variables["$ch10_body"] = body
    app.start_map("penthouse")
    driver.step(2)
    app.start_dialogue(node)
    driver.step(2)
    assert driver.scene().describe()["line"].startswith(start)
