"""Time loading a synthetic 2,000-node script:  python -m game.story.bench [n_nodes]

The target is under 0.5 s on a developer machine."""

import sys
import time

from . import expressions
from .yarn import YarnProgram, generate_script


def main(argv=None):
    argv = sys.argv[1:] if argv is None else argv
    n = int(argv[0]) if argv else 2000
    text = generate_script(n)
    best = None
    for _ in range(3):
        expressions._AST_CACHE.clear()  # time a cold load, as the game does it
        start = time.perf_counter()
        program = YarnProgram.from_source(text, "bench.yarn")
        elapsed = time.perf_counter() - start
        best = elapsed if best is None else min(best, elapsed)
    print(f"{n} nodes, {text.count(chr(10))} lines: loaded in {best:.3f} s (best of 3); "
          f"{len(program.nodes)} nodes, {len(program.lint())} lint problems")
    return 0


if __name__ == "__main__":
    sys.exit(main())
