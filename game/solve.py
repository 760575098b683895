"""`liquid-sky solve`: prove that a chapter can be finished, and find its dead ends, by playing the
real game headless (App + Driver in keyboard mode) through every action a player can take.

An action is walking up to a person, door, usable thing or trigger on the current map (the walk
grid says what can be reached), facing it and using it, then playing what it opens to the end
(people who play the same node are one action, played by the first of them who can be reached):
lines are passed on, every option of every choice is a branch of its own, and the set pieces are
played by the small policies in `POLICIES`. A state is the story after an action, with the player
in control: its key is the story (variables that change what can happen, items, map, beats,
player, chapter), not the exact position. States are kept as the game's own save data and loaded
into the same App to go on from them; a choice is a branch: the action is played again from the
state, with the options taken so far.

A chapter ends when the next chapter starts (`chapter` changes to the next one in CHAPTERS) or the
credits roll. A dead end is a state from which the whole reachable future is known and none of it
ends the chapter; when the budget runs out first, the states whose future is not known are
"unknown", never dead ends. Every script written replays with
`python -m game --headless --script FILE`; a dead end's ends with a `check` line that holds there
(the chapter not over; who, where, beats, items, and what its last action changed).
"""

from __future__ import annotations

import argparse
import copy
import json
import math
import random
import re
import sys
import tempfile
from collections import deque
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Callable

from game.story.chapters import CHAPTERS

GAME_SEED = 1983  # the game's own default seed, so that the scripts replay as they are
MAX_STATES = 300  # states expanded per chapter (and per solve after a fuzz walk)
FUZZ_STEPS = 8  # actions in one random walk
PLAY_STEPS = 400  # script lines one action may take before it counts as stuck
WAIT = 3000  # frames an `until` waits for a scene to end
NOISE = ("$last_node",)  # story variables that never change what can happen
NOISE_SUFFIXES = ("_cue",)  # the timing games' "what is in the ring now"
VISITED_CALL = re.compile(r"visited(?:_count)?\(\s*\"([^\"]+)\"\s*\)")
_OP = r"\s*(?:==|!=|<=|>=|<|>|\bis\b|\beq\b|\bneq\b|\blte?\b|\bgte?\b)\s*"
COMPARED = re.compile(rf"(\$\w+){_OP}(-?\d+|\$\w+)|(-?\d+){_OP}(\$\w+)")


def number_caps(texts: list[str]) -> dict[str, int]:
    """For each number variable the dialogue only ever compares with whole numbers, one more than
    the largest: beyond that, every value behaves the same (a count of Jimmy's tries at the shelf
    is 0, 1 or "more"). A variable compared with another variable is not capped."""
    literals: dict[str, list[int]] = {}
    uncapped: set[str] = set()
    for text in texts:
        for left, right, number, var in COMPARED.findall(text):
            if var:
                literals.setdefault(var, []).append(int(number))
            elif right.startswith("$"):
                uncapped.update((left, right))
            else:
                literals.setdefault(left, []).append(int(right))
    return {name: max(values) + 1 for name, values in literals.items() if name not in uncapped}


# -- states and results -------------------------------------------------------------------------
@dataclass
class Action:
    target: tuple[str, str] | None  # ("actor", key) | ("object", id); None: the chapter's opening
    label: str = "the chapter's opening"
    choices: tuple[int, ...] = ()
    others: tuple["Action", ...] = ()  # people who play the same node, tried in turn when this one cannot be used

    def describe(self, on_the_way: bool = False) -> str:
        words = f"set off on the way ({self.label})" if on_the_way else self.label
        return words + (f", choosing {' then '.join(map(str, self.choices))}" if self.choices else "")


@dataclass
class Result:
    kind: str  # "state" | "end" | "fork" | "idle" (nothing happened) | "stuck"
    lines: list[str]
    options: list[int] = field(default_factory=list)
    problem: str = ""
    on_the_way: bool = False  # the walk there set something else off (a trigger on the way)
    played: Action | None = None  # the action as played: itself, or one of its others when it could not be used


@dataclass
class State:
    key: str
    save: dict | None  # the game's save data; None for the chapter's start
    parent: "State | None" = None
    lines: list[str] = field(default_factory=list)  # the script from the parent to here
    via: str = ""  # the action from the parent, in words
    depth: int = 0
    children: set[str] = field(default_factory=set)
    ends: bool = False  # an action from here ends the chapter
    expanded: bool = False
    check: str = ""  # a script line that holds here (Game.check_line), to end a dead end's script with

    def path(self) -> list["State"]:
        out, s = [], self
        while s is not None:
            out.append(s)
            s = s.parent
        return out[::-1]

    def script(self) -> list[str]:
        lines: list[str] = []
        for s in self.path()[1:]:
            lines += [f"# {s.via}", *s.lines]
        return lines


@dataclass
class Report:
    chapter: dict
    states: dict[str, State]
    complete: bool  # every reachable state was expanded within the budget
    solution: list[str] | None  # the shortest script to the end
    solution_steps: int = 0
    dead: list[State] = field(default_factory=list)  # entries into dead ends (the mistakes)
    dead_inside: list[State] = field(default_factory=list)  # the other dead-end states, reached from those
    unknown: int = 0
    problems: list[tuple[list[str], str]] = field(default_factory=list)  # (script, why)

    @property
    def expanded(self) -> int:
        return sum(1 for s in self.states.values() if s.expanded)

    @property
    def ok(self) -> bool:
        return self.solution is not None and not self.dead and not self.problems


# -- the game, driven -----------------------------------------------------------------------------
class Game:
    """The real game, headless, at a chapter: restore a state, list its actions, play one."""

    def __init__(self, chapter: dict, dialogue: list[Path] | None = None) -> None:
        from game.app import App
        from game.cli import scratch_dirs
        from game.driver import Driver
        from game.paths import asset
        from game.settings import DEFAULTS

        scratch_dirs()
        self.app = App(headless=True, settings=copy.deepcopy(DEFAULTS), seed=GAME_SEED, audio=False)
        self.app.dialogue_files = dialogue
        self.app.level_cache = {}
        self.driver = Driver(self.app, mode="keyboard")
        self.chapter = chapter
        index = CHAPTERS.index(chapter)
        self.next_id = CHAPTERS[index + 1]["id"] if index + 1 < len(CHAPTERS) else None
        files = dialogue or sorted(asset("dialogue").glob("*.yarn"))
        texts = [Path(f).read_text(encoding="utf-8") for f in files]
        self.remembered = {m for text in texts for m in VISITED_CALL.findall(text)}
        self.caps = number_caps(texts)
        self.lines: list[str] = []
        self.on_the_way = False

    # -- states --------------------------------------------------------------------------------
    def key(self) -> str:
        """The story, as far as it changes what can happen next (counts capped: `number_caps`)."""
        from game.story.program import VISIT_PREFIX
        story = self.app.story
        variables = {}
        for name, value in story.variables.items():
            if name.startswith(VISIT_PREFIX):
                if name[len(VISIT_PREFIX):] in self.remembered:
                    variables[name] = bool(value)  # dialogue asks whether, never how often
            elif name.startswith("$notebook_") and re.search(r"_\d+$", name):
                continue  # an entry's words; how many there are stays
            elif name not in NOISE and not name.endswith(NOISE_SUFFIXES):
                capped = name in self.caps and isinstance(value, (int, float)) and not isinstance(value, bool)
                variables[name] = min(value, self.caps[name]) if capped else value
        return json.dumps({"chapter": story.chapter, "player": story.player, "map": story.map,
                           "beats": sorted(set(story.beats)), "items": sorted(story.inventory),
                           "triggers": sorted(story.fired_triggers), "variables": variables}, sort_keys=True)

    def snapshot(self) -> dict:
        from game.moment import capture
        return capture(self.app, date="solve")

    def restore(self, state: State) -> None:
        from game.moment import restore
        app = self.app
        app.input.clear()
        app.message_ticks = 0
        if state.save is None:
            app.ticks = 0
            app.start_chapter(self.chapter)
        else:
            problem = restore(app, copy.deepcopy(state.save))
            if problem:
                raise RuntimeError(problem)
        app.saves.watched, app.saves.last_chapter = app.story, app.story.chapter  # no autosave on loading

    def ended(self) -> bool:
        story = self.app.story
        if self.next_id is not None and story.chapter == self.next_id:
            return True
        return bool(story.variables.get("$credits_rolled")) or type(self.app.director.top).__name__ == "Credits"

    def end_line(self) -> str:
        if self.next_id is not None:
            return f'until chapter == "{self.next_id}" 10'
        return "until credits_rolled 10"

    def check_line(self, since: State) -> str:
        """A `check` line that holds now: the chapter not over, who is played where, how many beats,
        the items held, and each story variable that the way here from `since` changed."""
        story = self.app.story
        before = json.loads(since.key)["variables"] if since.save is not None else {}
        facts = [f"chapter == {json.dumps(story.chapter)}", f"player == {json.dumps(story.player)}",
                 f"map == {json.dumps(story.map)}", f"beats == {len(story.beats)}"]
        facts += [f"has_item({json.dumps(item)})" for item in sorted(story.inventory)]
        for name, value in sorted(json.loads(self.key())["variables"].items()):
            if re.fullmatch(r"\$\w+", name) and before.get(name) != value:
                facts.append(f"{name[1:]} == {_literal(story.variables[name])}")
        return "check " + " and ".join(facts)

    def in_control(self) -> bool:
        from game.moment import in_control
        return in_control(self.app)

    # -- actions ----------------------------------------------------------------------------------
    def actions(self, state: State) -> list[Action]:
        """Every person, door, usable thing and trigger on the map now (restored to `state`)."""
        if state.save is None:
            return [Action(None)]
        from game.world.world import npc_key
        self.restore(state)
        explore = self.app.explore()
        world = explore.world
        found, plays = [], {}

        def add(what, target: tuple[str, str], label: str) -> None:
            if what in plays:  # four people in a queue who say the same are one action, tried person by person
                first = found[plays[what]]
                first.others += (Action(target, label),)
            else:
                plays[what] = len(found)
                found.append(Action(target, label))

        for actor, obj in world.usable():
            if actor is not None:
                add(("node", actor.node), ("actor", npc_key(actor)), f"talk to {npc_key(actor)} on {explore.level.name}")
            elif obj.cls == "door":
                add(("door", obj.props.get("target_map"), obj.props.get("target_spawn")), ("object", str(obj.id)),
                    f"go through {obj.label} on {explore.level.name}")
            else:
                add(("node", obj.props["node"]), ("object", str(obj.id)), f"use {obj.label} on {explore.level.name}")
        for obj in explore.level.doc.objects_of("trigger"):
            fired = obj.props.get("once") and f"{explore.level.name}:{obj.id}" in self.app.story.fired_triggers
            if world.active(obj) and obj.props.get("node") and not fired:
                add(("trigger", obj.id), ("object", str(obj.id)), f"walk into {obj.label} on {explore.level.name}")
        return found

    def run(self, line: str) -> None:
        self.lines.append(line)
        self.driver.run_line(line)

    def attempt(self, state: State, action: Action, pick: Callable[[list[int]], int] | None = None) -> Result:
        """Play `action` from `state` (or, when it cannot be used, the same by the first of its `others`
        that can): its choices first, then `pick` (None: stop at a new choice)."""
        if action.target is None:
            self.restore(state)
            self.lines = []
            result = self._guarded(lambda: self.play(action.choices, pick))
            result.played = action
            return result
        tried = []
        for person in (action, *action.others):
            used, result = self._use_and_play(state, person.target, action.choices, pick)
            result.played = replace(person, choices=action.choices, others=())
            if used:
                return result
            tried.append(result)
        return tried[0]

    def _use_and_play(self, state: State, target: tuple[str, str], choices: tuple[int, ...],
                      pick: Callable[[list[int]], int] | None) -> tuple[bool, Result]:
        """Use the target from the nearest place it can be used from, and play on. (False, idle or
        stuck) when it cannot be used from any."""
        from game.driver import ScriptError
        last = Result("idle", [])
        for stand in range(3):  # the nearest places to use it from
            self.restore(state)
            self.lines, self.on_the_way = [], False
            try:
                used = self.use(target, stand)
            except ScriptError as exc:
                last = Result("stuck", self.lines, problem=str(exc))
                continue
            if used is None:
                break
            if used:
                result = self._guarded(lambda: self.play(choices, pick))
                result.on_the_way = self.on_the_way
                return True, result
        return False, last

    def _guarded(self, play: Callable[[], Result]) -> Result:
        """Play on; a script line that cannot come true is being stuck, and an error the game shows
        the player (a dialogue command that failed) is a problem of the result."""
        from game.driver import ScriptError
        try:
            result = play()
        except ScriptError as exc:
            return Result("stuck", self.lines, problem=str(exc))
        if self.app.message_ticks and self.app.message_is_problem and not result.problem:
            result.problem = f"the game said: {self.app.message}"
        return result

    def use(self, target: tuple[str, str], stand: int) -> bool | None:
        """Walk to the `stand`-th nearest place to use the target from, face it, use it. True when it
        took effect (the player is no longer simply walking the map), False when not from here,
        None when there is no such place."""
        explore = self.app.explore()
        world, level = explore.world, explore.level
        t = level.tile
        kind, name = target
        actor = world.actor(name) if kind == "actor" else None
        obj = next((o for o in level.doc.objects if str(o.id) == name), None) if kind == "object" else None
        if actor is not None:
            tx, ty = actor.tile(t)
            cells = {(tx, ty)}
        elif obj is not None:
            cells = {(x, y) for x in range(int(obj.x // t), int((obj.x + max(obj.width, 1) - 1) // t) + 1)
                     for y in range(int(obj.y // t), int((obj.y + max(obj.height, 1) - 1) // t) + 1)}
        else:
            return None
        walk_in = obj is not None and obj.cls in ("door", "trigger")
        grid = world.grid_around_people((-1, -1))
        distance = _distances(grid, world.player.tile(t))
        places = []
        for cx, cy in cells:
            if walk_in and (cx, cy) in distance:
                places.append((distance[(cx, cy)], (cx, cy), None))
            for dx, dy, facing in ((0, 1, "up"), (0, -1, "down"), (1, 0, "left"), (-1, 0, "right")):
                cell = (cx + dx, cy + dy)
                if cell not in cells and cell in distance:
                    places.append((distance[cell], cell, facing))
        places.sort()
        if stand >= len(places):
            return None
        _, (sx, sy), facing = places[stand]
        if world.player.tile(t) != (sx, sy):
            self.run(f"walkto {sx} {sy}")
        if not self.in_control() or self.ended():  # walking there set something off
            self.on_the_way = not walk_in
            return True
        if facing is None:
            return False
        self.run(f"hold {facing} 2")  # a tap turns on the spot
        world = self.app.explore().world
        aimed = world.interact_target()
        if (actor is not None and aimed[0] is actor) or (obj is not None and aimed[1] is obj):
            self.run("press interact")
        elif walk_in:
            self.run(f"hold {facing} 20")  # walk into it, as into a door set in a wall
        else:
            return False
        return not self.in_control() or self.ended()

    def play(self, choices: tuple[int, ...], pick: Callable[[list[int]], int] | None) -> Result:
        """Play on until the player walks the map again, the chapter ends, or a new choice comes."""
        from game.scenes.dialogue import DialogueScene
        taken = 0
        for _ in range(PLAY_STEPS):
            if self.ended():
                return Result("end", self.lines)
            if self.in_control():
                return Result("state", self.lines)
            top = self.app.director.top
            name = type(top).__name__
            if isinstance(top, DialogueScene) and top.showing_options():
                options = [i + 1 for i in top.visible_options if top.options.options[i].available]
                if taken < len(choices):
                    k = choices[taken]
                elif pick is None:
                    return Result("fork", self.lines, options)
                else:
                    k = pick(options)
                taken += 1
                self.run(f"choose {k}")
            elif isinstance(top, DialogueScene):
                self.run("advance")
            elif name in POLICIES:
                POLICIES[name](self, top)
            else:
                self.run(f'until scene != "{name}" {WAIT}')
        return Result("stuck", self.lines, problem=f"still not back on the map after {PLAY_STEPS} steps")


def _literal(value) -> str:
    """A value as the script's expressions write it."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return json.dumps(value) if isinstance(value, str) else str(value)


def _distances(grid: list[list[bool]], start: tuple[int, int]) -> dict[tuple[int, int], int]:
    """Steps from `start` to every walkable tile it can reach."""
    rows, cols = len(grid), len(grid[0]) if grid else 0
    seen = {start: 0}
    queue = deque([start])
    while queue:
        x, y = queue.popleft()
        for nx, ny in ((x + 1, y), (x - 1, y), (x, y + 1), (x, y - 1)):
            if 0 <= nx < cols and 0 <= ny < rows and grid[ny][nx] and (nx, ny) not in seen:
                seen[(nx, ny)] = seen[(x, y)] + 1
                queue.append((nx, ny))
    return seen


# -- set pieces: how a competent player plays each ------------------------------------------------
def _steer(game: Game, dx: float, dy: float, most: int) -> None:
    """Hold the arrow towards (dx, dy) along its longer axis, for as long as it takes (at most `most`)."""
    from game.pieces import GAZE_SPEED
    if abs(dx) >= abs(dy):
        direction, distance = ("right" if dx > 0 else "left"), abs(dx)
    else:
        direction, distance = ("down" if dy > 0 else "up"), abs(dy)
    game.run(f"hold {direction} {max(1, min(most, math.ceil(distance / GAZE_SPEED)))}")


def play_poses(game: Game, scene) -> None:
    """The runway and the shoot: the next cue is in sight; press it as it reaches the ring."""
    coming = next((d for i, (_at, d) in enumerate(scene.cues) if i not in scene.judged), None)
    if scene.t == 0:  # its cue variable is set from its first tick on
        game.run("wait 1")
    elif coming is None:
        game.run(f'until scene != "{type(scene).__name__}" {WAIT}')
    else:
        game.run(f'until {scene.name}_cue == "{coming}" {WAIT}')
        game.run("wait 5")
        game.run(f"press {coming}")
        game.run("wait 8")


def play_gaze(game: Game, view) -> None:
    """The alien's view: steer the gaze down onto whoever it seeks; otherwise watch it through."""
    target = view.target_point()
    if not view.steerable() or target is None:
        game.run(f'until scene != "UfoView" {WAIT}')
        return
    _steer(game, target[0] - view.gaze[0], target[1] - view.gaze[1], 60)


def play_sighting(game: Game, view) -> None:
    """The telescope task: keep the craft in the lens until it is logged, then look away (the view
    closes by itself when the clock runs out)."""
    from game.pieces.telescope import IN_LENS
    if view.logged:
        game.run("press cancel")
        return
    cx, cy = view.craft_centre()
    dx, dy = cx - view.gaze[0], cy - view.gaze[1]
    if math.hypot(dx, dy) <= IN_LENS / 3:
        game.run("wait 10")
    else:
        _steer(game, dx, dy, 10)


def play_telescope(game: Game, view) -> None:
    """The telescope as a look across the street: look, then lower it."""
    game.run("wait 12")
    game.run("press cancel")


POLICIES: dict[str, Callable[[Game, object], None]] = {
    "RunwayScene": play_poses, "ShootScene": play_poses, "UfoView": play_gaze,
    "SightingView": play_sighting, "TelescopeView": play_telescope,
}


# -- the search -------------------------------------------------------------------------------------
def search(game: Game, root: State, max_states: int = MAX_STATES, until_end: bool = False) -> Report:
    """Breadth first from `root`: the first end found is a shortest solution (in actions).
    `until_end`: stop once a state that ends the chapter has been expanded (a bounded search)."""
    states = {root.key: root}
    queue = deque([root])
    report = Report(game.chapter, states, complete=False, solution=None)
    seen: set = set()  # the problems written: a stuck state once, each error said once
    expanded = 0
    while queue and expanded < max_states and not (until_end and report.solution is not None):
        state = queue.popleft()
        state.expanded, expanded = True, expanded + 1
        pending = deque(game.actions(state))
        while pending:
            action = pending.popleft()
            result = game.attempt(state, action)
            if result.kind == "fork":
                pending.extend(replace(action, choices=action.choices + (k,)) for k in result.options)
            elif result.kind == "end":
                state.ends = True
                if report.solution is None:
                    report.solution = state.script() + [f"# {result.played.describe(result.on_the_way)}", *result.lines,
                                                         game.end_line()]
                    report.solution_steps = state.depth + 1
            elif result.kind == "state":
                key = game.key()
                child = states.get(key)
                if child is None:
                    child = states[key] = State(key, game.snapshot(), state, result.lines,
                                                result.played.describe(result.on_the_way), state.depth + 1,
                                                check=game.check_line(state))
                    queue.append(child)
                state.children.add(key)
            same = (state.key, "stuck") if result.kind == "stuck" else result.problem  # one script each
            if result.problem and same not in seen:
                seen.add(same)
                report.problems.append((state.script() + [f"# {result.played.describe(result.on_the_way)}", *result.lines],
                                        result.problem))
    report.complete = not queue
    judge(report)
    return report


def judge(report: Report) -> None:
    """Which states can still end the chapter, which cannot (dead ends), which nobody knows yet."""
    states = report.states
    parents: dict[str, set[str]] = {k: set() for k in states}
    for s in states.values():
        for c in s.children:
            parents[c].add(s.key)

    def back_from(keys: list[str]) -> set[str]:
        seen, queue = set(keys), deque(keys)
        while queue:
            for p in parents[queue.popleft()]:
                if p not in seen:
                    seen.add(p)
                    queue.append(p)
        return seen

    can_end = back_from([k for k, s in states.items() if s.ends])
    may_end = back_from([k for k, s in states.items() if not s.expanded])  # their future is not known
    dead = [s for k, s in states.items() if k not in can_end and k not in may_end]
    dead_keys = {s.key for s in dead}
    report.dead = [s for s in dead if s.parent is None or s.parent.key not in dead_keys]
    report.dead_inside = [s for s in dead if s not in report.dead]
    report.unknown = sum(1 for k in states if k not in can_end and k in may_end)


def chapter_script(chapter: dict, lines: list[str], about: str) -> str:
    head = [f"# args: --node {chapter['node']} --seed {GAME_SEED}", "# mode: keyboard",
            f"# {about} (written by liquid-sky solve; replay: python -m game --headless --script FILE)"]
    return "\n".join(head + lines) + "\n"


def solve_chapter(chapter: dict, max_states: int = MAX_STATES, dialogue: list[Path] | None = None,
                  until_end: bool = False) -> Report:
    return search(Game(chapter, dialogue), State("start", None), max_states, until_end)


def fuzz_chapter(chapter: dict, walks: int, rng_seed: int, max_states: int = MAX_STATES,
                 dialogue: list[Path] | None = None) -> list[Report]:
    """Random walks of random actions (random options too) from the start, and a solve from where
    each one stops; the walk is the start of every script that solve writes."""
    game = Game(chapter, dialogue)
    reports = []
    for n in range(walks):
        rng = random.Random(f"{rng_seed}:{chapter['id']}:{n}")
        state = State("start", None)
        for _ in range(FUZZ_STEPS):
            actions = game.actions(state)
            rng.shuffle(actions)
            result = Result("idle", [])
            for action in actions:
                result = game.attempt(state, action, rng.choice)
                if result.kind != "idle":
                    break
            if result.kind != "state":
                break
            state = State(game.key(), game.snapshot(), state, result.lines,
                          f"at random: {result.played.describe(result.on_the_way)}", state.depth + 1)
        reports.append(search(game, state, max_states))
    return reports


# -- the command ------------------------------------------------------------------------------------
def print_report(report: Report, out: Path, name: str, indent: str = "") -> None:
    chapter = report.chapter
    search_word = "search complete" if report.complete else f"budget spent, {report.unknown} state(s) unknown"
    print(f"{indent}{name} \"{chapter['title']}\" from {chapter['node']}: {report.expanded} states explored "
          f"({len(report.states)} found), {search_word}")
    if report.solution is not None:
        path = out / f"{name}_solution.txt"
        path.write_text(chapter_script(chapter, report.solution, f"the shortest way through {name}"),
                        encoding="utf-8")
        print(f"{indent}  end reached: yes, in {report.solution_steps} action(s): {path}")
    else:
        print(f"{indent}  end reached: {'NO' if report.complete else 'not within the budget'}")
    if report.dead:
        print(f"{indent}  DEAD ENDS: {len(report.dead) + len(report.dead_inside)} state(s) from which the end "
              f"cannot be reached, entered {len(report.dead)} way(s) (the last action of each script):")
        for i, state in enumerate(report.dead, 1):
            path = out / f"{name}_dead_end_{i}.txt"
            path.write_text(chapter_script(chapter, [*state.script(), state.check], f"a dead end in {name}: {state.via}"),
                            encoding="utf-8")
            print(f"{indent}    {i}. {state.via}: {path}")
        for i, state in enumerate(report.dead_inside, 1):
            path = out / f"{name}_dead_inside_{i}.txt"
            path.write_text(chapter_script(chapter, [*state.script(), state.check], f"inside a dead end in {name}"),
                            encoding="utf-8")
        if report.dead_inside:
            print(f"{indent}    and {len(report.dead_inside)} state(s) further in: {out / (name + '_dead_inside_*.txt')}")
    elif report.complete:
        print(f"{indent}  dead ends: none")
    for i, (lines, why) in enumerate(report.problems, 1):
        path = out / f"{name}_problem_{i}.txt"
        path.write_text(chapter_script(chapter, lines, f"a problem in {name}: {why}"), encoding="utf-8")
        print(f"{indent}  PROBLEM: {why}: {path}")


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="liquid-sky solve", description=__doc__.split("\n\n")[0])
    p.add_argument("--chapter", action="append", metavar="ID",
                   help="a chapter id (prologue, 1 .. 13, finale); repeat for more; default: every chapter")
    p.add_argument("--fuzz", type=int, default=0, metavar="N",
                   help="N random walks of random actions from each chapter's start, and a solve from where each stops")
    p.add_argument("--seed", type=int, default=1, help="the random walks' seed (default 1)")
    p.add_argument("--max-states", type=int, default=MAX_STATES,
                   help=f"states to expand per search before saying 'unknown' (default {MAX_STATES})")
    p.add_argument("--out", type=Path, default=Path(tempfile.gettempdir()) / "liquid-sky-solve",
                   help="the folder for the solution and dead-end scripts")
    args = p.parse_args(argv)
    ids = [c["id"] for c in CHAPTERS]
    unknown = [c for c in args.chapter or [] if c not in ids]
    if unknown:
        print(f"liquid-sky solve: no chapter {unknown[0]!r} (chapters: {', '.join(ids)})", file=sys.stderr)
        return 2
    try:
        args.out.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        print(f"liquid-sky solve: cannot write to {args.out}: {exc.strerror or exc}", file=sys.stderr)
        return 2
    ok = True
    for chapter in CHAPTERS:
        if args.chapter and chapter["id"] not in args.chapter:
            continue
        name = f"ch{chapter['id']}" if chapter["id"].isdigit() else chapter["id"]
        report = solve_chapter(chapter, args.max_states)
        print_report(report, args.out, name)
        ok = ok and report.ok and report.complete
        for n, after in enumerate(fuzz_chapter(chapter, args.fuzz, args.seed, args.max_states), 1):
            print_report(after, args.out, f"{name}_fuzz{n}", indent="  ")
            ok = ok and after.ok
    return 0 if ok else 1
