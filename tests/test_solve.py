"""`liquid-sky solve`: the real game searched headless; every chapter can be finished, the shortest
solution replays as a script, and a dead end brought back on purpose is found."""

from __future__ import annotations

import re
import shutil

import pytest

import game.paths
from game.cli import main as cli_main
from game.paths import asset
from game.solve import Action, Game, State, chapter_script, fuzz_chapter, print_report, solve_chapter
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


def test_the_taxi_before_jimmy_is_found_as_a_dead_end(road_left_open, tmp_path, monkeypatch, capsys):
    report = solve_chapter(chapter("1"), dialogue=road_left_open)
    assert report.complete and report.solution is not None  # the right way still ends the chapter
    assert report.dead, "the ride home alone was not reported as a dead end"
    scripts = ["\n".join(state.script()) for state in report.dead]
    assert all('street_shut" on club' in script for script in scripts)  # each one took the road
    assert all("talk to adrian" not in script for script in scripts)  # before Jimmy's scene at the bar
    # the script written for it ends by checking that it is where she is stuck ...
    print_report(report, tmp_path, "ch1")
    dead_end = tmp_path / "ch1_dead_end_1.txt"
    lines = dead_end.read_text(encoding="utf-8").splitlines()
    assert lines[-1].startswith('check chapter == "1" and player == "margaret" and map == "penthouse" and beats == ')
    real = game.paths.asset
    monkeypatch.setattr(game.paths, "asset", lambda *p: road_left_open[0].parent if p == ("dialogue",) else real(*p))
    assert cli_main(["--headless", "--script", str(dead_end)]) == 0, capsys.readouterr().err
    # ... and the check fails one action short of it
    last_action = max(i for i, line in enumerate(lines) if line.startswith("# ") and i > 3)
    short = tmp_path / "short.txt"
    short.write_text("\n".join(lines[:last_action] + lines[-1:]) + "\n", encoding="utf-8")
    assert cli_main(["--headless", "--script", str(short)]) == 1
    assert "check chapter" in capsys.readouterr().err


def test_people_who_share_a_node_are_one_action_played_by_whoever_can_be_reached():
    game = Game(chapter("1"))
    start = State("start", None)
    opening = game.attempt(start, Action(None))
    assert opening.kind == "state"
    state = State(game.key(), game.snapshot(), start, opening.lines, "opening")
    dancers = [a for a in game.actions(state) if "dancer" in a.label]
    assert len(dancers) == 1 and len(dancers[0].others) >= 2, [a.label for a in dancers]  # five dancers, one node
    nobody = Action(("actor", "nobody_at_all"), "talk to nobody", others=dancers[0].others)
    result = game.attempt(state, nobody)
    assert result.kind in ("state", "fork") and result.played.label == dancers[0].others[0].label
    assert game.attempt(state, Action(("actor", "nobody_at_all"), "talk to nobody")).kind == "idle"
