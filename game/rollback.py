"""Rollback: stepping back through the lines and choices of the conversation on screen, and
forward again over what was seen.

Each line or set of options the dialogue box shows is a point: a snapshot of the story state, the
people and props on the map, the screen effects, the camera, the music, the dialogue runner's place
and the history. Rolling back puts a point back exactly; going on from there runs the same script
on the same state, so it replays what was seen, and choosing another option forks. What the player
has read and chosen stays read and chosen (skip and the option colours keep working).

A point is only kept while nothing runs that a snapshot does not hold: a set piece, a card or an
overlay (the runway, the shoot, the telescope) or another map starts the trail afresh, and while a
`nowait` task or any scene besides the map and the box is running no point is kept at all, so
rollback is never open during a timing challenge.
"""

from __future__ import annotations

import copy
from dataclasses import dataclass, field, fields
from typing import Any

from game.story.yarn import Line, Options

MAX_POINTS = 100  # the oldest points go first; a conversation is rarely longer (bench: rollback_kb)
NEXT = "next"  # what was done at a line: go on (at options it is the index chosen)


@dataclass
class Point:
    event: Line | Options
    world: Any  # the World it was taken on: a point of another map cannot come back
    story: dict[str, Any]
    fields: list[tuple[Any, dict[str, Any]]]  # (the world, a person, a prop, the effects; its attributes)
    props: dict[str, Any]
    camera_target: Any
    music: str | None
    place: tuple
    history: int
    done: str | int | None = None


# what a rollback leaves as it is: what was read and chosen, and the time played
STORY_KEPT = frozenset(("seen_lines", "chosen_options", "play_ticks"))


# what people and props load once and never change: not held in a point
LOADED = frozenset(("frames", "images", "animations", "level", "story", "holds", "broken"))


def _copied(attributes: dict[str, Any]) -> dict[str, Any]:
    """Attributes with their lists, sets and dicts copied (what they hold is shared)."""
    return {k: copy.copy(v) if isinstance(v, (list, set, dict)) else v
            for k, v in attributes.items() if k not in LOADED}


def capture(app, dialogue, event: Line | Options) -> Point:
    explore = app.explore()
    world, story = explore.world, app.story
    things = [world, *world.all_actors(), *explore.props.values(), explore.effects]
    return Point(
        event=event, world=world,
        story={"rng": story.rng.getstate(), **{f.name: copy.deepcopy(getattr(story, f.name))
                                               for f in fields(story) if f.name not in STORY_KEPT}},
        fields=[(thing, _copied(vars(thing))) for thing in things],
        props=dict(explore.props), camera_target=explore.camera_target,
        music=app.audio.current_music if app.audio is not None else None,
        place=dialogue.place(), history=len(app.history))


def restore(app, dialogue, point: Point) -> None:
    explore = app.explore()
    story, saved = app.story, point.story
    story.rng.setstate(saved["rng"])
    story.variables.clear()  # the same mapping: the runner and the map's conditions read it
    story.variables.update(saved["variables"])
    for name, value in saved.items():
        if name not in ("rng", "variables"):
            setattr(story, name, copy.deepcopy(value))
    for thing, attributes in point.fields:  # the world's own first: who is on the map, who is played
        vars(thing).update(_copied(attributes))
    explore.props = dict(point.props)
    explore.camera_target = point.camera_target
    if app.audio is not None and app.audio.current_music != point.music:
        app.audio.play_music(point.music)
    dialogue.resume(point.place)
    del app.history[point.history:]


@dataclass
class Trail:
    """The points of one conversation, newest last, and what was done at the points rolled back
    over (the last one next), for rolling forward."""
    points: list[Point] = field(default_factory=list)
    ahead: list[str | int] = field(default_factory=list)

    def keep(self, point: Point) -> None:
        if self.points and self.points[-1].world is not point.world:
            self.clear()
        self.points.append(point)
        del self.points[:-MAX_POINTS]

    def did(self, action: str | int) -> None:
        """The player went on from the newest point: the same as before keeps the way forward,
        anything else forks and forgets it."""
        if self.points:
            self.points[-1].done = action
        if self.ahead and self.ahead[-1] == action:
            self.ahead.pop()
        else:
            self.ahead.clear()

    def back(self) -> Point | None:
        """The point before the newest, which becomes the newest; None when there is none."""
        if len(self.points) < 2:
            return None
        self.points.pop()
        self.ahead.append(self.points[-1].done)
        return self.points[-1]

    def forward(self) -> str | int | None:
        """What was done here before rolling back, to do again; None when nothing is ahead."""
        return self.ahead[-1] if self.ahead else None

    def clear(self) -> None:
        self.points.clear()
        self.ahead.clear()
