"""`python -m game.stage docs/writing.md`: rewrite the command list in the writing docs from the
registry (between the `<!-- commands -->` and `<!-- /commands -->` lines)."""

import sys
from pathlib import Path

from game.stage.registry import docs_list

BEGIN, END = "<!-- commands -->", "<!-- /commands -->"


def with_list(text: str) -> str:
    head, _, rest = text.partition(BEGIN + "\n")
    _, _, tail = rest.partition(END)
    return f"{head}{BEGIN}\n{docs_list()}\n{END}{tail}"


if __name__ == "__main__":
    for name in sys.argv[1:]:
        path = Path(name)
        path.write_text(with_list(path.read_text(encoding="utf-8")), encoding="utf-8")
