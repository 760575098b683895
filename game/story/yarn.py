"""The game's Yarn Spinner 3 runtime: load .yarn scripts, run dialogue, lint scripts. This module
is the documented entry point for tools and tests outside the game.

    program = YarnProgram.from_source(text, filename="chapter1.yarn")  # or YarnProgram.load(paths)
    d = Dialogue(program, variables=story_vars, functions={"has_item": has_item},
                 saliency="random_best_least_recently_seen")  # or first, best, random, ...
    d.start("Start")
    ev = d.next()   # Line | Options | Command | DialogueEnd
    d.select(0)     # after Options

Loading raises YarnSyntaxError with every mistake found in `.errors`. Pure logic: no pygame.
See docs/writing.md for the writer's view.
"""

from .errors import YarnError, YarnRuntimeError, YarnSyntaxError
from .markup import MarkupAttribute
from .program import VISIT_PREFIX, Problem, YarnProgram
from .runner import Command, Dialogue, DialogueEnd, Line, Option, Options
from .saliency import STRATEGIES as SALIENCY_STRATEGIES

__all__ = ["YarnProgram", "Dialogue", "Line", "Options", "Option", "Command", "DialogueEnd",
           "Problem", "MarkupAttribute", "YarnError", "YarnSyntaxError", "YarnRuntimeError",
           "VISIT_PREFIX", "SALIENCY_STRATEGIES", "generate_script"]


# ---- benchmark script --------------------------------------------------------------------------

def generate_script(n_nodes):
    """A synthetic, deterministic script of n_nodes nodes using most of the syntax; every path
    ends. Node_0 is the start."""
    out = []
    for i in range(n_nodes):
        nxt, skip = i + 1, i + 2
        out.append(f"title: Node_{i}\nmap: club\nspawn: door_{i % 7}\n---\n"
                   f"// node {i} of {n_nodes}\n"
                   f"<<set $count to $count + 1>>\n"
                   f"Margaret: Night {i}, and the [wave]lights[/wave] hum. #line:n{i}a\n"
                   f"Jimmy: You owe me {{$count * 2}} favours. <<if $count > 0>> #mood\n"
                   f"<<if $count % 3 == 0>>\n"
                   f"    Adrian: Three of a kind, {{format_invariant($count)}}.\n"
                   f"<<elseif visited(\"Node_{max(i - 1, 0)}\")>>\n"
                   f"    Adrian: Back again.\n"
                   f"<<else>>\n"
                   f"    Adrian: [b]New[/b] face.\n"
                   f"<<endif>>\n"
                   f"<<walk margaret to bar_{i % 5}>>\n")
        if nxt < n_nodes:
            out.append(f"-> Go on. #line:n{i}b\n"
                       f"    Margaret: On we go.\n"
                       f"    <<jump Node_{nxt}>>\n"
                       f"-> Skip ahead. <<if $count >= 2>>\n"
                       f"    <<jump Node_{min(skip, n_nodes - 1)}>>\n"
                       f"-> Leave.\n"
                       f"    <<stop>>\n")
        out.append("===\n")
    return "".join(out)
