"""Chapters 11, 12, 13 and the finale played through the real game, headless, to the credits.

`tests/scripts/chapters_11_finale_keyboard.txt` is the player, from `Ch11_Start` as chapter select
starts it: the shoot, the call, Johann's evidence, the roof. A second run holds `skip` with every
line seen (everywhere but the shoot, which is play) and must end in the same story state. Further
runs: the mouse and the pad alone, the other choices, saves, and each chapter started on its own.
"""

from pathlib import Path

import pytest

from conftest import isolated_app
from game.story.chapters import chapter

SCRIPTS = Path(__file__).parent / "scripts"
SCRIPT = SCRIPTS / "chapters_11_finale_keyboard.txt"
SKIP_FOREVER = 10 ** 7  # ticks
PLAY_BEGIN, PLAY_END = "# -- shoot: begin", "# -- shoot: end"


def story_facts(story) -> dict:
    """What a save would carry about the story, minus bookkeeping of how it was played."""
    variables = {k: v for k, v in story.variables.items() if k not in ("$shoot_cue", "$runway_cue")}
    return {"beats": sorted(story.beats), "chapter": story.chapter, "inventory": sorted(story.inventory),
            "variables": variables, "player": story.player}


class Watching:
    """Follows a run: the alien's feeding view each time it opens (and whether anybody could move
    meanwhile), and the people who fell with a crystal."""

    def __init__(self, driver) -> None:
        self.feeds: list[tuple[str, bool]] = []  # (chapter, player had control)
        self.fallen: set[str] = set()
        app, step = driver.app, driver.step

        def watching_step(n: int = 1) -> None:
            for _ in range(n):
                step(1)
                top, explore = app.director.top, app.explore()
                if type(top).__name__ == "UfoView" and top.mode == "feed" and top.t == 1:
                    self.feeds.append((app.story.chapter, explore.controllable))
                if explore is not None:
                    self.fallen |= {a.id for a in explore.world.actors.values() if a.anim_override == "fallen"}

        driver.step = watching_step


def play(app, driver, text: str, watch: bool = True) -> Watching | None:
    app.start_chapter(chapter("11"))
    seen = Watching(driver) if watch else None
    driver.run_script(text, str(SCRIPT))
    return seen


@pytest.fixture(scope="module")
def first_run(tmp_path_factory):
    """One play-through shared by the checks below (module scoped, own settings and saves)."""
    with isolated_app(tmp_path_factory.mktemp("ch11_run")) as (app, driver):
        seen = play(app, driver, SCRIPT.read_text(encoding="utf-8"))
        yield app, driver, seen


def test_chapters_11_to_the_finale_record_beats_23_to_30_and_roll_the_credits(first_run):
    app, driver, _ = first_run
    story = app.story
    assert story.beats == [23, 24, 25, 26, 27, 28, 29, 30]
    assert story.chapter == "finale"
    assert story.variables["$credits_rolled"] is True
    # after the credits, the title screen; its chapter select lists every chapter played
    assert type(app.director.stack[0]).__name__ == "TitleScene"
    reached = app.saves.reached_chapters()
    assert {"11", "12", "13", "finale"} <= set(reached)


@pytest.mark.parametrize("mode", ["mouse", "pad"])
def test_the_mouse_alone_and_the_pad_alone_reach_the_credits(app, driver, mode):
    from game.driver import script_header

    path = SCRIPTS / f"chapters_11_finale_{mode}.txt"
    text = path.read_text(encoding="utf-8")
    assert script_header(text)["mode"] == mode
    app.start_chapter(chapter("11"))
    driver.run_script(text, str(path))
    assert app.story.beats == [23, 24, 25, 26, 27, 28, 29, 30] and app.story.variables["$credits_rolled"]
    assert app.input.last_device == mode
    v = app.story.variables
    assert v["$shoot_result"] == "perfect"  # posed by clicking the arrow buttons, or by the d-pad
    if mode == "mouse":  # the mouse takes the choices the keyboard leaves
        assert (v["$ch11_told"], v["$ch12_wait"], v["$ch13_believe"]) == ("nothing", "record", "no")


def test_every_death_cuts_away_to_the_feeding_with_no_control(first_run):
    _, _, seen = first_run
    assert seen.feeds == [("11", False), ("12", False)]
    assert seen.fallen == {"jimmy", "soap_actor"}


def test_the_shoot_is_played_and_the_choices_are_kept(first_run):
    app, _, _ = first_run
    v = app.story.variables
    assert v["$shoot_result"] == "perfect" and v["$shoot_score"] == 10
    assert (v["$ch11_yes"], v["$ch11_told"]) == ("bothered", "truth")
    assert (v["$ch12_call"], v["$ch12_wait"]) == ("cold", "dark")
    assert v["$ch13_evidence"] == 2 and v["$ch13_believe"] == "yes"
    assert v["$finale_look"] == "city"
    assert app.story.player == "margaret"  # Johann's chapter handed back to her


def test_choices_show_up_in_later_lines(first_run):
    app, _, _ = first_run
    said = [text for _, text in app.said()]
    # chapter 11: "He's dead." -> the photographer rang Sylvia, who says so on the roof
    assert any(t.startswith("Jimmy? Jimmy, darling, it's your mother. A man with a camera") for t in said)
    # chapter 12: waiting in the dark -> he remarks on it, and Johann logged it
    assert "And sitting in the dark. Very moody. Very European." in said
    assert any(t.startswith("An hour after the shoot: every light in the apartment goes out.") for t in said)
    # chapter 13: believing him -> the finale's first thought; the finale's last look -> its last lines
    assert any(t.startswith("It's leaving. When it's full, it goes, he said.") for t in said)
    assert any(t.startswith("On the parapet, where she stood a minute ago") for t in said)


def test_skipping_every_cutscene_ends_in_the_same_story_state(first_run, app, driver):
    first = first_run[0]
    lines = SCRIPT.read_text(encoding="utf-8").splitlines()
    begin = next(i for i, line in enumerate(lines) if line.startswith(PLAY_BEGIN))
    end = next(i for i, line in enumerate(lines) if line.startswith(PLAY_END))
    # blank lines in place of the other parts keep error messages' line numbers right
    before = "\n".join(lines[:begin])
    shoot = "\n" * begin + "\n".join(lines[begin:end])
    after = "\n" * end + "\n".join(lines[end:])
    app.start_chapter(chapter("11"))
    app.story.seen_lines |= set(first.story.seen_lines)
    app.input.hold("skip", SKIP_FOREVER)
    driver.run_script(before, str(SCRIPT))
    app.input.hold("skip", 1)  # let go for the shoot: it is play, not a cutscene
    driver.run_script(shoot, str(SCRIPT))
    app.input.hold("skip", SKIP_FOREVER)
    driver.run_script(after, str(SCRIPT))
    assert story_facts(app.story) == story_facts(first.story)
    assert driver.frames < first_run[1].frames  # skipping really skipped something


def other_route(text: str) -> str:
    """The same play-through with the second option at each marked choice and no poses struck."""
    lines = []
    for line in text.splitlines():
        if line.startswith("until shoot_cue") or line.split()[:1] == ["press"] and line.split()[1] != "interact":
            lines.append("")  # keep line numbers
        elif "# choice:" in line:
            lines.append(line.replace("choose 1", "choose 2"))
        else:
            lines.append(line)
    return "\n".join(lines)


def test_the_other_choices_reach_the_same_beats_with_their_own_lines(app, driver):
    play(app, driver, other_route(SCRIPT.read_text(encoding="utf-8")), watch=False)
    story = app.story
    assert story.beats == [23, 24, 25, 26, 27, 28, 29, 30] and story.variables["$credits_rolled"]
    v = story.variables
    assert v["$shoot_result"] == "poor"
    assert (v["$ch11_yes"], v["$ch11_told"], v["$ch12_call"], v["$ch12_wait"]) == ("free", "asleep", "sweet", "record")
    assert (v["$ch13_believe"], v["$finale_look"]) == ("no", "none")
    said = [text for _, text in app.said()]
    assert "You stood there like a coat somebody left behind." in said
    assert any(t.startswith("Jimmy? Darling? Some people with lights put you in a van") for t in said)
    assert any(t.startswith("Thinking about me. Half the country is") for t in said)
    assert any(t.startswith("An hour after the shoot: every light in the apartment goes on") for t in said)
    assert any(t.startswith("I didn't believe a word the German said.") for t in said)
    assert any(t.startswith("On the tar where the craft stood") for t in said)


@pytest.mark.parametrize("chapter_id, first_beat, player", [
    ("11", 23, "margaret"), ("12", None, "margaret"), ("13", None, "johann"), ("finale", None, "margaret")])
def test_each_chapter_starts_on_its_own(app, driver, chapter_id, first_beat, player):
    """Chapter select starts each chapter with a fresh story, a card, an objective and the player in
    control; on the roof the craft stands on its spot."""
    app.start_chapter(chapter(chapter_id))
    driver.run_script('until scene == "DialogueScene" or scene == "ExploreScene" 900\nadvance\n'
                      'until scene == "ExploreScene" 900')
    story = app.story
    assert story.chapter == chapter_id and story.beats == ([first_beat] if first_beat else [])
    assert story.objective and story.player == player
    explore = app.explore()
    assert explore.effects.veil == 0 and explore.controllable
    if story.map == "rooftop":
        assert "ufo" in explore.props and explore.props["ufo"].visible



@pytest.mark.parametrize("marker", ["# make-up at the makeup artist's crate", "# the hall telephone",
                                    "# Margaret, with his notebook"])
def test_a_save_made_in_the_middle_loads_and_finishes_the_game(app, driver, marker):
    """Saves keep the crew placed on the roof, the number in her pocket, and Johann as a person once
    Margaret is played again: each save below loads and the script finishes from there."""
    lines = SCRIPT.read_text(encoding="utf-8").splitlines()
    cut = next(i for i, line in enumerate(lines) if line.startswith(marker))
    app.start_chapter(chapter("11"))
    driver.run_script("\n".join(lines[:cut]), str(SCRIPT))
    before = story_facts(app.story)
    assert app.saves.save("slot_1") == ""
    app.start_chapter(chapter("11"))  # somewhere else entirely, then back
    assert app.saves.load("slot_1") == ""
    assert story_facts(app.story) == before
    driver.run_script("\n" * cut + "\n".join(lines[cut:]), str(SCRIPT))
    assert app.story.beats == [23, 24, 25, 26, 27, 28, 29, 30] and app.story.variables["$credits_rolled"]


def test_johann_reads_out_what_he_logged_in_chapters_4_and_8(app, driver):
    """His evidence is his notebook: the entries the telescope wrote earlier in the night, and how
    the deck closed on him in chapter 4."""
    from game.story import notebook

    lines = SCRIPT.read_text(encoding="utf-8").splitlines()
    begin = next(i for i, line in enumerate(lines) if line.startswith("# -- chapter 13"))
    end = next(i for i, line in enumerate(lines) if line.startswith("# Margaret, with his notebook"))
    app.start_chapter(chapter("13"))
    v = app.story.variables
    for text in ("23:44. The craft beside the water tower.", "23:50. Holding still.", "01:10. Low over the roof."):
        notebook.add(v, "johann", text)
    v["$ch4_guard"] = "argue"
    driver.run_script("\n" * begin + "\n".join(lines[begin:end]), str(SCRIPT))
    said = [text for _, text in app.said()]
    assert "From the deck, and from a window across your street: 3 entries. The first." in said
    assert '"23:44. The craft beside the water tower."' in said and '"01:10. Low over the roof."' in said
    assert any("I argued with a guard about the sign at the elevator" in t for t in said)
    assert "The penthouse bedroom, from inside" in notebook.entries(v, "johann")[-1]  # and he logs the actor
