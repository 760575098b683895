"""Helpers shared by the Yarn runtime tests."""

from game.story.yarn import Command, Dialogue, DialogueEnd, Line, Options, YarnProgram


def play(source, choices=(), start="Start", variables=None, functions=None, rng=None,
         filename="test.yarn", saliency="first", program=None):
    """Run `source` (or `program`) from `start`, picking `choices` in order at each Options;
    return a list of short strings: "L:<raw>", "O:<a>|<b>" (unavailable options marked with ~),
    "C:<cmd>"."""
    program = program or YarnProgram.from_source(source, filename)
    d = Dialogue(program, variables=variables, functions=functions, rng=rng, saliency=saliency)
    d.start(start)
    out, choices = [], list(choices)
    for _ in range(1000):
        ev = d.next()
        if isinstance(ev, Line):
            out.append("L:" + ev.raw)
        elif isinstance(ev, Command):
            out.append("C:" + ev.raw)
        elif isinstance(ev, Options):
            out.append("O:" + "|".join(("" if o.available else "~") + o.raw for o in ev.options))
            d.select(choices.pop(0))
        elif isinstance(ev, DialogueEnd):
            return out
    raise AssertionError("dialogue did not end")


def node(body, title="Start", headers=""):
    return f"title: {title}\n{headers}---\n{body}\n===\n"

