"""The project installs as the README says and ships everything it needs."""

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_every_code_package_is_listed_for_the_wheel():
    text = (ROOT / "pyproject.toml").read_text()  # read by hand: tomllib needs Python 3.11
    listed = set(re.findall(r'"([\w.]+)"', re.search(r"^packages = \[(.*?)\]", text, re.M).group(1)))
    found = {".".join(p.relative_to(ROOT).parent.parts) for p in (ROOT / "game").rglob("__init__.py")}
    assert found <= listed, f"missing from pyproject packages: {found - listed}"
    assert '"game.assets" = "assets"' in text


def test_ci_runs_the_readme_test_command():
    readme = (ROOT / "README.md").read_text()
    blocks = re.findall(r"```sh\n(.*?)```", readme, re.S)
    quick = [b.strip() for b in blocks[:2]]
    assert len(quick) == 2 and all("\n" not in b for b in quick), "Quick start is exactly two commands"
    ci = (ROOT / ".ci" / "run").read_text()
    assert quick[1] in ci.splitlines()
    assert "liquid-sky" in quick[0] and "pytest" in quick[1]
