"""String tables: export in Yarn Spinner's CSV layout, import, the language setting at run time,
bad tables reported row by row, and the first night played in the pseudo-language `qps`
with every line and option inside its box."""

import copy
import re
from pathlib import Path

import pytest

from game.story.strings import COLUMNS, load_table, parse_table, pseudo, write_csv, export_rows
from game.story.yarn import Dialogue, YarnProgram

SRC = ("title: Bar\n---\n"
       "<<declare $n = 2>>\n"
       "Jimmy: You owe me {$n} drinks. #line:owe\n"
       "Margaret: [b]No[/b]. #line:no\n"
       "-> Pay #line:pay\n"
       "Untranslated. #line:rest\n"
       "===\n")


@pytest.fixture
def program():
    return YarnProgram.from_source(SRC, "bar.yarn")


def lines(program, strings):
    d = Dialogue(program, strings=strings)
    d.start("Bar")
    out = []
    while True:
        ev = d.next()
        if hasattr(ev, "options"):
            out.append("O:" + "|".join(o.text for o in ev.options))
            d.select(0)
        elif hasattr(ev, "raw") and hasattr(ev, "speaker"):
            out.append(ev.raw)
        else:
            return out


def test_export_has_yarn_spinners_columns(program):
    rows = export_rows(program, "de")
    assert COLUMNS == ["language", "id", "text", "file", "node", "lineNumber", "lock", "comment"]
    assert rows[0][:6] == ["de", "line:owe", "Jimmy: You owe me {0} drinks.", "bar.yarn", "Bar", "4"]
    assert [r[1] for r in rows[:4]] == ["line:owe", "line:no", "line:pay", "line:rest"]
    # then the UI's own strings, each with its place in assets/ui/strings.csv and a comment
    ui = {r[1]: r for r in rows[4:]}
    assert ui["pause.resume"][:5] == ["de", "pause.resume", "Resume", "ui", "pause"]
    assert ui["pause.resume"][7] and len(ui) == len(rows) - 4 > 100


def test_a_translation_is_used_with_its_values_and_missing_lines_fall_back(program):
    csv_text = write_csv([["de", "line:owe", "Jimmy: {0} Drinks schuldest du mir.", "", "", "", "", ""],
                          ["de", "line:no", "Margaret: [b]Nein[/b].", "", "", "", "", ""],
                          ["de", "line:pay", "Zahlen", "", "", "", "", ""]])
    table = parse_table(csv_text.encode(), "de.csv", program)
    assert table.problems == []
    assert lines(program, table.parts) == ["Jimmy: 2 Drinks schuldest du mir.", "Margaret: Nein.",
                                           "O:Zahlen", "Untranslated."]


def test_bad_rows_are_reported_by_row_and_the_base_text_used(program):
    data = ("language,id,text,file,node,lineNumber,lock,comment\n"
            "de,line:owe,Jimmy: {0} Drinks.,bar.yarn,Bar,4,,\n"
            "de,line:no,Margaret: [b]Nein.,bar.yarn\n"                      # 3: columns
            "de,line:ghost,Boo,bar.yarn,Bar,9,,\n"                          # 4: unknown id
            "de,line:no,Margaret: [b]Nein[/i],bar.yarn,Bar,5,,\n"           # 5: markup
            "de,line:pay,Zahl{1},bar.yarn,Bar,6,,\n").encode() + \
        b"de,line:rest,Unge\xfcbersetzt,bar.yarn,Bar,7,,\n"                 # 7: not UTF-8
    table = parse_table(data, "de.csv", program)
    got = [p.split(": ", 1)[0] for p in table.problems]
    assert got == ["de.csv:3", "de.csv:4", "de.csv:5", "de.csv:6", "de.csv:7"], table.problems
    assert "columns" in table.problems[0] and "unknown line id 'line:ghost'" in table.problems[1]
    assert "not open" in table.problems[2] and "{1} but the line has 0" in table.problems[3]
    assert "not UTF-8" in table.problems[4]
    assert all(p.endswith("the base text is used") for p in table.problems)
    assert lines(program, table.parts) == ["Jimmy: 2 Drinks.", "Margaret: No.", "O:Pay", "Untranslated."]


def test_a_missing_or_huge_table_is_one_problem(program, tmp_path):
    assert load_table(tmp_path / "xx.csv", program).problems[0].startswith(f"{tmp_path / 'xx.csv'}:0: cannot be read")


def test_lock_tells_an_outdated_translation(program):
    data = "id,text,lock\nline:owe,Jimmy: {0}!,deadbeef\n".encode()
    assert parse_table(data, "de.csv", program).outdated == ["line:owe"]


def test_pseudo_language_is_accented_longer_and_keeps_markup_and_values():
    text = "Margaret: You owe me {0} [wave]drinks[/wave], \\[sic\\]."
    out = pseudo(text)
    assert out.startswith("Margaret: ") and "{0}" in out and "[wave]" in out and "[/wave]" in out
    assert "\\[s" in out and "\\]." in out
    plain = "You owe me three drinks, and the night is young."
    assert "óó" in out and 1.25 < len(pseudo(plain)) / len(plain) < 1.45


def test_import_installs_good_rows_and_reports_bad_ones(tmp_path, monkeypatch, capsys):
    import game.paths
    from game.story import lines as lines_tool
    folder = tmp_path / "dialogue"
    folder.mkdir()
    (folder / "bar.yarn").write_text(SRC)
    monkeypatch.setattr(game.paths, "asset", lambda *p: tmp_path.joinpath(*p))
    translated = tmp_path / "in.csv"
    translated.write_text("language,id,text,file,node,lineNumber,lock,comment\n"
                          "de,line:no,Margaret: Nein.,bar.yarn,Bar,5,,\n"
                          "de,line:nope,x,bar.yarn,Bar,5,,\n")
    assert lines_tool.main(["import", "--lang", "de", str(translated)]) == 1
    out = capsys.readouterr().out
    assert f"{translated}:3: unknown line id 'line:nope'" in out
    table = load_table(folder / "de.csv", YarnProgram.load(folder))
    assert table.problems == [] and list(table.parts) == ["line:no"]
    assert lines_tool.main(["export", "--lang", "de"]) == 0  # keeps the translation
    table = load_table(folder / "de.csv", YarnProgram.load(folder))
    assert table.rows["line:no"][0] == "Margaret: Nein."
    assert [k for k in table.rows if k.startswith("line:")] == ["line:owe", "line:no", "line:pay", "line:rest"]


def test_a_bad_table_in_the_language_setting_is_told_and_the_game_runs_on(tmp_path, monkeypatch):
    """Every kind of bad row in the table of the language chosen: each said as file:row, the
    base text used for it (dialogue and UI alike), the good rows used, the game going on."""
    import game.paths
    from game.app import App
    from game.settings import DEFAULTS
    from game.ui.strings import tr
    from game.story.strings import lines_of, load_table
    real = game.paths.asset
    shipped = YarnProgram.load(sorted(real("dialogue").glob("*.yarn")))
    first_night = [stmt.line_id for node, stmt in lines_of(shipped) if node.title == "Prologue_Start"]
    table = tmp_path / "de.csv"
    table.write_bytes(("language,id,text,file,node,lineNumber,lock,comment\n"
                       "de,pause.resume,Weiter,ui,pause,1,,\n"
                       "de,pause.quit,Zum Titel,ui\n"                               # 3: columns
                       "de,line:nowhere,Nichts,x.yarn,X,1,,\n"                      # 4: unknown id
                       "de,saves.saved,Gespeichert in {3}.,ui,saves,1,,\n").encode()  # 5: no {3}
                      + b"de,saves.deleted,Gel\xf6scht {0},ui,saves,1,,\n"           # 6: not UTF-8
                      + "".join(f"de,{line_id},Kaputt [b]x[/i],prologue.yarn,Prologue_Start,1,,\n"
                                for line_id in first_night).encode())               # 7...: markup
    monkeypatch.setattr(game.paths, "asset", lambda *p: table if p == ("dialogue", "de.csv") else real(*p))
    settings = copy.deepcopy(DEFAULTS)
    settings["language"] = "de"
    app = App(headless=True, settings=settings)
    try:
        assert app.message.startswith(f"{table}:") and "the base text is used" in app.message
        assert tr("pause.resume") == "Weiter" and tr("pause.quit") == "Quit to title"
        assert tr("saves.saved", "Slot 1") == "Saved in Slot 1."
        assert tr("saves.deleted", "Slot 1") == "Slot 1 deleted."
        problems = load_table(table, app.dialogue_program()).problems
        assert [p.split(": ")[0] for p in problems] == [f"{table}:{row}" for row in range(3, 7 + len(first_night))]
        assert "not open" in problems[-1]
        app.new_game()  # and the game runs on, in the script's words
        line = None
        for _ in range(1200):
            app.tick()
            line = getattr(app.director.top, "line", None)
            if line is not None:
                break
        assert line is not None and line.text and "Kaputt" not in line.text and "stopped" not in app.message
    finally:
        app.director.clear()


def test_objectives_chapter_titles_and_notes_are_translated_by_their_text():
    from game.story.strings import text_id
    from game.ui.strings import story_text, use_language
    program = YarnProgram.from_source('title: A\n---\n<<objective "Find the outfit.">>\n'
                                      '<<set $note_a to "Owen teaches.">>\n<<chapter 2 "House Call">>\n'
                                      '<<declare $where = "roof">>\n<<objective "{$where}">>\n===\n', "a.yarn")
    rows = {r[1]: r for r in export_rows(program, "qps", pseudo)}
    outfit = rows[text_id("Find the outfit.")]
    assert outfit[2] == pseudo("Find the outfit.", speaker=False) and outfit[3:6] == ["a.yarn", "A", "3"]
    assert text_id("Owen teaches.") in rows and text_id("House Call") in rows
    assert text_id("{$where}") not in rows  # worked out at run time: not a fixed text
    assert rows[text_id("The Club")][3:5] == ["club.tmx", "club"]  # a map's title: the place a save names
    table = parse_table(write_csv(list(rows.values())).encode(), "qps.csv", program)
    assert table.problems == []
    try:
        use_language(table.parts)
        assert story_text("Find the outfit.") == outfit[2] and story_text("Not in the script") == "Not in the script"
        from game.saves import SlotInfo
        slot = SlotInfo("slot_1", Path("slot_1.json"), exists=True, data={
            "chapter_title": "House Call", "place": "The Club", "map": "club", "character": "margaret",
            "play_ticks": 0, "date": "2026-11-23T22:07:52"})
        assert slot.summary()[:2] == [rows[text_id("House Call")][2], rows[text_id("The Club")][2]]
    finally:
        use_language({})
    assert story_text("Find the outfit.") == "Find the outfit."


def test_a_notebook_entry_reads_in_the_language_in_use_and_is_kept_in_none():
    """A sighting the telescope logs is kept as UI string ids, a note from the script as its
    English; both read in the language in use, when it changes too."""
    from game.story import notebook
    from game.story.strings import text_id
    from game.ui.strings import use_language
    v = {}
    notebook.add(v, "johann", notebook.in_words("telescope.entry", "23:41", "telescope.high", "telescope.east",
                                                "telescope.after_1"))
    notebook.add(v, "johann", "Owen teaches drama.")
    assert v["$notebook_johann_1"] == "ui:telescope.entry|23:41|telescope.high|telescope.east|telescope.after_1"
    assert notebook.entries(v, "johann") == [
        "23:41. The craft high over the roof of no. 44, drifting east. No sound.", "Owen teaches drama."]
    try:
        use_language({"telescope.east": ["nach Osten"], text_id("Owen teaches drama."): ["Owen lehrt."]})
        assert notebook.entries(v, "johann") == [
            "23:41. The craft high over the roof of no. 44, nach Osten. No sound.", "Owen lehrt."]
    finally:
        use_language({})


def test_qps_is_made_from_the_script_accented_30_percent_longer_with_every_line(tmp_path):
    """qps is not a committed file: the game makes it from the .yarn files and UI strings, the
    same table `lines export --lang qps` writes for translators to look at."""
    from game.paths import asset
    from game.story import lines as lines_tool
    from game.story.strings import base_texts, language_table, languages, lines_of, story_texts, text_id, ui_strings
    assert not asset("dialogue", "qps.csv").exists() and "qps" in languages(asset("dialogue"))
    program = YarnProgram.load(sorted(asset("dialogue").glob("*.yarn")))
    table = language_table("qps", program)
    wanted = {stmt.line_id for _, stmt in lines_of(program)} | set(ui_strings()) | \
        {text_id(text) for _, _, _, text in story_texts(program)}
    assert table.problems == [] and set(table.parts) == wanted and len(wanted) > 1000
    bases = base_texts(program)
    texts = {key: text for key, (text, _) in table.rows.items()}
    assert 1.25 < sum(map(len, texts.values())) / sum(map(len, bases.values())) < 1.45
    said = {key: re.sub(r"\A[\w .]+: |\{\d+\}|\[[^\]]*\]", "", base) for key, base in bases.items()}  # no speaker
    lettered = [key for key, words in said.items() if any(ch in "aeiouAEIOU" for ch in words)]
    assert all(texts[key] != bases[key] for key in lettered)
    assert all(any(ch in "áéíóúÁÉÍÓÚ" for ch in texts[key]) for key in lettered)
    out = tmp_path / "qps.csv"
    assert lines_tool.main(["export", "--lang", "qps", "--out", str(out)]) == 0
    assert load_table(out, program).parts == table.parts
    assert lines_tool.main(["import", "--lang", "qps", str(out)]) == 2  # nothing to install


def test_the_language_setting_is_validated():
    from game.settings import validate
    assert validate({"language": "qps"})[0]["language"] == "qps"
    settings, problems = validate({"language": "../../etc"})
    assert settings["language"] == "en" and problems


def test_check_lang_lists_what_a_table_lacks(tmp_path, monkeypatch):
    from game.check import string_table_problems
    from game.paths import asset
    program = YarnProgram.load(sorted(asset("dialogue").glob("*.yarn")))
    first_night = ("prologue.yarn", "ch1.yarn", "ch2.yarn", "ch3.yarn", "examine_")
    lacking = [p for p in string_table_problems(program, "qps") if "translation" in p.message]
    assert [p for p in lacking if Path(p.file).name.startswith(first_night)] == []
    others = [p for p in string_table_problems(program, "qps") if "UI string" in p.message or "story text" in p.message]
    assert others == []  # qps has every UI string and story text too
    from game.story.strings import Table
    monkeypatch.setattr("game.story.strings.language_table", lambda code, program: Table())
    lacking = [p.message for p in string_table_problems(program, "qps")]
    assert any("no qps translation of the UI string pause.resume ('Resume')" == m for m in lacking)
    assert any(m.startswith("no qps translation of the story text text:") for m in lacking)
    missing = string_table_problems(program, "xx")
    assert any("no such string table" in p.message for p in missing)


def test_a_game_in_another_language_leaves_the_next_test_in_english(tmp_path):
    """The UI's language and text size are module globals every App sets: conftest puts them back
    after each test, so a test played in qps cannot leave the next test's words in qps."""
    import subprocess
    import sys
    (tmp_path / "conftest.py").write_text((Path(__file__).parent / "conftest.py").read_text(encoding="utf-8"))
    (tmp_path / "test_1.py").write_text(
        "import copy\nfrom game.app import App\nfrom game.settings import DEFAULTS\nfrom game.ui.strings import tr\n"
        "def test_qps():\n    App(headless=True, settings=dict(copy.deepcopy(DEFAULTS), language='qps', text_size='large'))\n"
        "    assert tr('pause.resume') != 'Resume'\n")
    (tmp_path / "test_2.py").write_text(
        "from game.ui.strings import tr\nfrom game.ui.text import text_scale\n"
        "def test_english():\n    assert (tr('pause.resume'), text_scale()) == ('Resume', 1)\n")
    run = subprocess.run([sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "-p", "no:randomly",
                          str(tmp_path / "test_1.py"), str(tmp_path / "test_2.py")],
                         cwd=tmp_path, capture_output=True, text=True)
    assert run.returncode == 0 and "2 passed" in run.stdout, run.stdout[-2000:]


# ---- the first night in qps ----------------------------------------------------------------------

def test_the_first_night_plays_in_qps_and_every_text_fits_its_box(tmp_path, monkeypatch):
    from game.app import App
    from game.driver import Driver
    from game.scenes import dialogue as dialogue_scene
    from game.scenes.title import TitleScene
    from game.settings import DEFAULTS
    from game.ui.text import font

    shown, chosen, overflows = [], [], []
    show_line, show_options = dialogue_scene.DialogueScene._show_line, dialogue_scene.DialogueScene._show_options

    def check_line(scene, line):
        show_line(scene, line)
        shown.append(line.text)
        width = dialogue_scene.BOX.right - 12 - (dialogue_scene.TEXT_X_WITH_PORTRAIT
                                                if dialogue_scene.portrait(dialogue_scene.speaker_id(line.speaker))
                                                else dialogue_scene.TEXT_X)
        for page in scene.pages:
            if len(page) > dialogue_scene.LINES_PER_PAGE:
                overflows.append(("page", page))
            overflows.extend(("row", r) for r in page if font("body").width(r) > width)
        if "".join("".join(p) for p in scene.pages).replace(" ", "") != line.text.replace(" ", ""):
            overflows.append(("cut", line.text))

    def check_options(scene, options):
        show_options(scene, options)
        for k, index in enumerate(scene.visible_options):
            text = options.options[index].text
            chosen.append(text)
            if font("body").width(text) > scene.option_rect(k).width:
                overflows.append(("option", text))
        if scene.box().top < 0:
            overflows.append(("options box", len(scene.visible_options)))

    monkeypatch.setattr(dialogue_scene.DialogueScene, "_show_line", check_line)
    monkeypatch.setattr(dialogue_scene.DialogueScene, "_show_options", check_options)
    settings = copy.deepcopy(DEFAULTS)
    settings["language"] = "qps"
    app = App(headless=True, settings=settings)
    driver = Driver(app)
    app.director.push(TitleScene(app))
    script = Path(__file__).parent / "scripts" / "chapters_1_3_keyboard.txt"
    driver.run_script(script.read_text(encoding="utf-8"), str(script))
    assert sorted(app.story.beats) == [1, 2, 3, 4, 5, 6, 7, 8]  # the same story, in qps
    accented = [t for t in shown + chosen if any(ch in t for ch in "áéíóúý")]
    assert len(shown) > 100 and len(accented) >= 0.95 * len(shown + chosen), \
        [t for t in shown + chosen if t not in accented][:10]
    assert overflows == []


def test_the_names_over_people_and_things_are_in_the_language_in_use(app):
    """A name tag reads in the language chosen: a map's label, a person's name made from their id,
    and a thing's, all among the story texts qps and translators get."""
    from game.paths import asset
    from game.story.strings import text_id
    from game.ui.hud import label_of
    from game.ui.strings import use_language
    program = YarnProgram.load(sorted(asset("dialogue").glob("*.yarn")))
    rows = {r[1]: r[2] for r in export_rows(program, "qps", pseudo)}
    app.start_map("club", "entrance")
    world, doc = app.explore().world, app.explore().level.doc
    shown = [(world.actor("bouncer"), None), (world.actor("queue_1"), None), (world.actor("dj"), None),
             (None, doc.find("interact", "bar"))]
    english = [label_of(*target) for target in shown]
    assert english == ["Bouncer", "Guest", "DJ", "Bar"]
    try:
        use_language({text_id(t): [rows[text_id(t)]] for t in english})
        assert [label_of(*target) for target in shown] == [rows[text_id(t)] for t in english]
    finally:
        use_language({})
