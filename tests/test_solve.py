"""`liquid-sky solve`: the real game searched headless; every chapter can be finished, the shortest
solution replays as a script, and a dead end brought back on purpose is found."""

from __future__ import annotations

import re
import shutil

import pytest

from game.cli import main as cli_main
from game.paths import asset
from game.solve import chapter_script, fuzz_chapter, solve_chapter
from game.story.chapters import CHAPTERS, chapter

BUDGET = 40  # states per chapter: a bounded search that stops at the first end (the full run is `liquid-sky solve`)


def replay(start: dict, lines: list[str], tmp_path, capsys) -> str:
    """Write the script as solve does and play it from the command line; its text."""
    script = tmp_path / "script.txt"
    script.write_text(chapter_script(start, lines, "a test"), encoding="utf-8")
    assert cli_main(["--headless", "--script", str(script)]) == 0, capsys.readouterr().err
    return script.read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def chapter_1():
    return solve_chapter(chapter("1"))


def test_chapter_1_is_searched_to_the_end_without_a_dead_end(chapter_1):
    assert chapter_1.complete
    assert chapter_1.solution is not None
    assert chapter_1.dead == [] and chapter_1.problems == []
    assert chapter_1.expanded == len(chapter_1.states) > 1


def test_the_shortest_solution_replays_to_the_next_chapter(chapter_1, tmp_path, capsys):
    text = replay(chapter("1"), chapter_1.solution, tmp_path, capsys)
    assert text.startswith("# args: --node Ch1_Start")
    assert "# mode: keyboard" in text.splitlines()[:3]
    assert not any(line.startswith(("click", "pad", "stick")) for line in text.splitlines())
    assert text.rstrip().endswith('until chapter == "2" 10')  # the script fails unless chapter 2 starts


@pytest.mark.parametrize("start", [c for c in CHAPTERS if c["id"] != "1"], ids=lambda c: c["id"])
def test_every_chapter_reaches_its_end_and_the_solution_replays(start, tmp_path, capsys):
    report = solve_chapter(start, BUDGET, until_end=True)
    assert report.solution is not None, f"no end within {BUDGET} states"
    assert report.dead == [], [state.via for state in report.dead]
    assert report.problems == [], [why for _lines, why in report.problems]
    replay(start, report.solution, tmp_path, capsys)


def test_a_random_walk_is_solved_from_where_it_stops(tmp_path, capsys):
    (report,) = fuzz_chapter(chapter("prologue"), 1, rng_seed=5)
    assert report.complete and report.solution is not None and report.dead == []
    assert "# at random: the chapter's opening" in report.solution  # the walk comes first in the script
    replay(chapter("prologue"), report.solution, tmp_path, capsys)


def test_an_unknown_chapter_is_one_line_and_exit_2(capsys):
    assert cli_main(["solve", "--chapter", "14"]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1
    assert "'14'" in err and "prologue" in err and "finale" in err


# The planted dead end. Chapter 1 used to let Margaret take a taxi off the club map before Jimmy was
# with her: she rode home alone, the story went on as if Jimmy's scene at the bar had been played
# (beat 3), Adrian never handed over the keys, and nothing at the penthouse or back at the club could
# bring the story to the front door with Jimmy. Today the road is closed and says why
# (Club_Street_Shut); this copy of the dialogue takes the guard out and puts the old ride back.
RIDE_HOME_ALONE = """title: Club_Street_Shut
---
Margaret: Taxi. Home. Jimmy can walk.
<<beat 3>>
<<map penthouse front_door>>
===
"""


@pytest.fixture()
def road_left_open(tmp_path):
    folder = tmp_path / "dialogue"
    shutil.copytree(asset("dialogue"), folder)
    club = folder / "examine_club.yarn"
    text, n = re.subn(r"title: Club_Street_Shut\n---\n.*?\n===\n", RIDE_HOME_ALONE, club.read_text(encoding="utf-8"),
                      flags=re.S)
    assert n == 1
    club.write_text(text, encoding="utf-8")
    return sorted(folder.glob("*.yarn"))


def test_the_taxi_before_jimmy_is_found_as_a_dead_end(road_left_open):
    report = solve_chapter(chapter("1"), dialogue=road_left_open)
    assert report.complete and report.solution is not None  # the right way still ends the chapter
    assert report.dead, "the ride home alone was not reported as a dead end"
    scripts = ["\n".join(state.script()) for state in report.dead]
    assert all('street_shut" on club' in script for script in scripts)  # each one took the road
    assert all("talk to adrian" not in script for script in scripts)  # before Jimmy's scene at the bar
