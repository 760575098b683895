"""`liquid-sky check` names file and object for each kind of problem, in maps and in dialogue."""

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import TEST_MAPS
from game.check import main as check_main, run_checks
from game.stage.registry import commands


@pytest.fixture
def mapdir(tmp_path):
    for name in ("room_a.tmx", "room_b.tmx", "test.tsx", "test.png"):
        shutil.copy(TEST_MAPS / name, tmp_path / name)
    shutil.copytree(TEST_MAPS / "templates", tmp_path / "templates")
    return tmp_path


def problems_for(path: Path) -> list[str]:
    return [str(p) for p in run_checks([path]) if p.severity == "error"]


def edit(path: Path, old: str, new: str) -> None:
    text = path.read_text()
    assert old in text, old
    path.write_text(text.replace(old, new, 1))


def test_clean_fixture_maps_only_miss_what_the_shipped_game_lacks(mapdir):
    found = problems_for(mapdir / "room_b.tmx")
    # the fixture's music is fine; it has no ambience (a warning) and its nodes exist nowhere
    assert all("ambience" not in p for p in found)


CASES = [
    ('target_map" value="room_b"', 'target_map" value="attic"', 'object 3 "to_b": door leads to map \'attic\''),
    ('target_spawn" value="from_a"', 'target_spawn" value="roof"', "door leads to spawn 'roof', which map 'room_b' does not have"),
    ('name="from_b" class="spawn" x="264"', 'name="start" class="spawn" x="264"', 'spawn name \'start\' is also used by object 1 "start"'),
    ('name="start" class="spawn" x="80" y="96"', 'name="start" class="spawn" x="900" y="96"', 'object 1 "start": is outside the map'),
    ('name="start" class="spawn" x="80" y="96"', 'name="start" class="spawn" x="168" y="84"', 'object 1 "start": stands inside collision'),
    ('<property name="facing" value="down"/></properties></object>', '<property name="facing" value="down"/><property name="actor" value="gorilla"/></properties></object>', 'object 6 "guard": actor \'gorilla\' is not a known person'),
    ('<property name="node" value="Bell_Once"/>', '<property name="node" value="Bell_Once"/><property name="condition" value="$x &gt;&gt; 2"/>', 'object 4 "bell": condition'),
    ('<layer id="4" name="overhead"', '<layer id="4" name="overhead" visible="1"', None),
    ('source="test.tsx"', 'source="missing.tsx"', "tileset missing.tsx not found"),
    ('infinite="0"', 'infinite="1"', "this map is infinite; the game draws fixed-size maps only: uncheck Infinite"),
    ('<property name="title" value="Test room_a"/>', '', "map property 'title' is missing"),
    ('<object id="11" name="centre" class="marker" x="136" y="112"/>', '<object id="11" name="saucer" class="prop" x="136" y="112"/>', 'object 11 "saucer": sprite \'saucer\' is not in assets/sprites/fx'),
    ('<object id="11" name="centre" class="marker" x="136" y="112"/>', '<object id="11" name="ufo" class="prop" x="136" y="112"><properties><property name="animation" value="dance"/></properties></object>', 'object 11 "ufo": sprite \'ufo\' has no animation \'dance\''),
]


@pytest.mark.parametrize("old,new,expected", CASES)
def test_each_kind_of_map_problem_is_named(mapdir, old, new, expected):
    target = mapdir / "room_a.tmx"
    edit(target, old, new)
    found = problems_for(target)
    if expected is None:
        assert not any("overhead" in p for p in found)
        return
    assert any(expected in p for p in found), found
    assert all(p.startswith(str(target)) for p in found if expected in p)


def test_holes_in_the_visible_layers_are_a_warning_whatever_the_encoding(mapdir):
    target = mapdir / "room_a.tmx"
    edit(target, '<layer id="1" name="floor"', '<layer id="1" name="floor" visible="0"')
    found = [str(p) for p in run_checks([target]) if p.severity == "warning"]
    assert any("cell(s) have no tile on any visible layer (e.g. 1,1" in p for p in found), found


def test_exit_status(mapdir, capsys):
    edit(mapdir / "room_a.tmx", 'target_map" value="room_b"', 'target_map" value="attic"')
    assert check_main([str(mapdir / "room_a.tmx")]) == 1
    assert 'object 3 "to_b"' in capsys.readouterr().out


def test_dialogue_problems_have_file_and_line(tmp_path):
    bad = tmp_path / "bad.yarn"
    bad.write_text("title: Bad_One\n---\nMargaret: hi #mood:ecstatic\n<<walk margaret to nowhere_marker>>\n"
                   "<<teleport margaret>>\n<<beat 99>>\n<<jump Missing_Node>>\n===\n")
    found = problems_for(bad)
    expected = [f"{bad}:3: #mood:ecstatic", f"{bad}:5: <<teleport margaret>>: unknown command 'teleport'", f"{bad}:6: <<beat 99>>",
                f"{bad}:7: jump to missing node 'Missing_Node'", f"{bad}:4: <<walk margaret to nowhere_marker>>"]
    for e in expected:
        assert any(p.startswith(e) for p in found), (e, found)


def test_dialogue_parse_error_gives_line_and_column(tmp_path):
    bad = tmp_path / "broken.yarn"
    bad.write_text("title: B\n---\n<<set $x to (1 + >>\n===\n")
    found = problems_for(bad)
    assert len(found) == 1 and found[0].startswith(f"{bad}:3:")


def test_writing_docs_list_every_command_as_the_registry_has_it():
    from game.stage.__main__ import with_list
    docs = (Path(__file__).resolve().parent.parent / "docs" / "writing.md").read_text()
    assert docs == with_list(docs), "run `python -m game.stage docs/writing.md` to update the list"


@pytest.mark.parametrize("first", ["game.stage.registry", "game.pieces.credits", "game.pieces.ufo",
                                   "game.stage.commands.sound"])
def test_the_registry_lists_every_command_in_one_order_whichever_module_is_imported_first(first):
    """A fresh interpreter that imports a piece before the registry sees the same commands, in the
    same order, as the docs list, the runtime and `check`."""
    code = f"import {first}\nfrom game.stage.registry import commands\nprint(' | '.join(commands()))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                         env={**os.environ, "SDL_VIDEODRIVER": "dummy"}).stdout
    assert out.strip().split(" | ") == list(commands())
