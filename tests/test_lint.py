"""The code passes ruff with the rules in pyproject.toml (pyflakes, bugbear, a complexity limit)."""

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_ruff_finds_nothing():
    done = subprocess.run([sys.executable, "-m", "ruff", "check", "--no-cache", "--output-format", "concise", "."],
                          cwd=ROOT, capture_output=True, text=True)
    assert done.returncode == 0, done.stdout + done.stderr


def test_a_refused_map_reached_through_a_link_is_named_once(tmp_path):
    from game.world.lint import MapLinter
    real = tmp_path / "real"
    real.mkdir()
    (real / "broken.tmx").write_text("<map", encoding="utf-8")
    (tmp_path / "link").symlink_to(real)
    via_link = tmp_path / "link" / "broken.tmx"
    [problem] = MapLinter(set(), None, None).check(via_link)
    assert problem.file == str(via_link) and str(real) not in problem.message and str(via_link) not in problem.message
