"""The stage: cutscene commands (`<<walk jimmy to bar>>`) and what they run against.

- `registry.py`: the argument kinds, `Command`, the `@command` decorator and `validate()`, which
  the runtime and `liquid-sky check` both call.
- `context.py`: `Stage`, the narrow context a command's `run` gets (the map in play, its effects
  and props, the story, sound, settings, and `play()` to put a scene on the stack).
- `known.py`: what arguments are checked against (the files for `check`, the live map at run time).
- `tasks.py`: what a command that takes time returns (`Wait`, `Walk`, `Veil`, ...).
- `commands/`: the everyday commands; `game/pieces/`: the story's set pieces, one module each.

How to add a command, in one place: write a function `run(stage, *values)` in a module of
`game/stage/commands/` or `game/pieces/` (a new module there is found by itself) and decorate it:

    @command("sigh", Actor(), Optional(Seconds(), 1.0), doc="a sigh over an actor; the script waits")
    def sigh(stage, key, seconds):
        stage.effects.emotes[stage.actor(key).name] = ("...", ticks(seconds))
        return Wait(ticks(seconds))  # game.timing.ticks: seconds as ticks

The schema (the argument kinds after the name) is the usage line in docs/writing.md, the checks
`liquid-sky check` runs and the parsing at run time; `run` gets the parsed values (literal `Word`s
left out, a missing `Optional` as its default, a `Rest` as a tuple) and returns a `Task` to wait
for, or None. Then run `python -m game.stage docs/writing.md` to rewrite the docs' command list
(a test fails until the list matches), and add the command to tests/test_commands.py, which runs
every command.
"""
