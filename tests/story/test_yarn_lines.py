"""Line ids: `liquid-sky lines tag` and the warning for lines without one."""

from game.story.lines import comment_start, main as lines_main, tag_files
from game.story.yarn import YarnProgram

SOURCE = ("title: Bar\n---\n"
          "Jimmy: Again? #line:keep01\n"
          "Margaret: Again. // she means it\n"
          "-> Leave <<if true>> #hide\n"
          "    Bye. \\/\\/ not a comment\n"
          "=> A bark.\n"
          "Same words.\n"
          "Margaret: Again. #shadow:keep01x\n"
          "===\n")


def test_tag_adds_ids_keeps_existing_and_comments(tmp_path):
    f = tmp_path / "bar.yarn"
    f.write_text(SOURCE.replace(" #shadow:keep01x", ""))
    other = tmp_path / "other.yarn"
    other.write_text("title: O\n---\nSame words. #line:taken\n===\n")
    [message] = tag_files([f], [f, other])
    assert message.endswith("6 line id(s) added")
    lines = f.read_text().split("\n")
    assert lines[2] == "Jimmy: Again? #line:keep01"
    assert lines[3].startswith("Margaret: Again. #line:") and lines[3].endswith(" // she means it")
    assert lines[4].startswith("-> Leave <<if true>> #hide #line:")
    assert lines[5].startswith("    Bye. \\/\\/ not a comment #line:")
    program = YarnProgram.load([f, other])
    ids = [stmt._line_id for _, stmt in program._statements() if hasattr(stmt, "_line_id")]
    assert None not in ids and len(set(ids)) == len(ids)
    before = f.read_text()
    assert tag_files([f], [f, other]) == [f"{f}: 0 line id(s) added"]  # tagging twice: no change
    assert f.read_text() == before


def test_a_line_after_a_block_word_is_tagged_and_exported_as_a_line(tmp_path):
    """As Yarn's tagger does, the id goes at the end of the line statement, which for
    `<<if $x>> text` is the text after the `>>` (tags and comments after it stay put)."""
    from game.story.strings import export_rows
    f = tmp_path / "blocks.yarn"
    f.write_text("title: Blocks\n---\n"
                 "<<if true>> Margaret: Yes. // she does\n"
                 "<<else>> No. #mood:cold\n"
                 "<<endif>> After {1 + 1}.\n"
                 "===\n")
    [message] = tag_files([f], [f])
    assert message.endswith("3 line id(s) added")
    lines = f.read_text().split("\n")
    assert lines[2].startswith("<<if true>> Margaret: Yes. #line:") and lines[2].endswith(" // she does")
    assert lines[3].startswith("<<else>> No. #mood:cold #line:")
    assert lines[4].startswith("<<endif>> After {1 + 1}. #line:")
    program = YarnProgram.load([f])
    rows = [r for r in export_rows(program, "de") if r[3] == "blocks.yarn"]
    assert [(r[1], r[2], r[4], r[5]) for r in rows] == [
        ("line:" + lines[n].split("#line:")[1].split()[0], text, "Blocks", str(n + 1))
        for n, text in ((2, "Margaret: Yes."), (3, "No."), (4, "After {0}."))]


def test_tag_leaves_a_broken_file_alone(tmp_path, capsys):
    f = tmp_path / "broken.yarn"
    f.write_text("title: B\n---\nHi {\n===\n")
    assert lines_main(["tag", str(f)]) == 1
    assert "broken.yarn:3:4:" in capsys.readouterr().out
    assert f.read_text() == "title: B\n---\nHi {\n===\n"


def test_comment_start():
    assert comment_start("a {1 // 2} b // c") == 13
    assert comment_start("a <<if $x>> // c") == 12
    assert comment_start("no comment \\/\\/ here") == len("no comment \\/\\/ here")


def test_check_warns_about_lines_without_ids(tmp_path):
    from game.check import run_checks
    f = tmp_path / "w.yarn"
    f.write_text("title: W_Node\n---\nHello. #line:w1\nNo id here.\n===\n")
    found = [p for p in run_checks([f]) if p.file.startswith(str(f))]
    assert [(p.file, p.severity) for p in found if "#line:" in p.message] == \
        [(f"{f}:4", "warning")]


def test_shipped_dialogue_is_tagged():
    from game.paths import asset
    from game.story.lines import untagged_lines
    from game.story.parser import parse_source
    for name in ["prologue", "ch1", "ch2", "ch3"] + [p.stem for p in asset("dialogue").glob("examine_*.yarn")]:
        path = asset("dialogue", f"{name}.yarn")
        assert untagged_lines(parse_source(path.read_text(encoding="utf-8"), str(path))) == [], name
