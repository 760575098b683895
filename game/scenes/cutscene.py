"""Carrying out cutscene commands on the map (see game/story/commands.py for the list).

A command that takes time returns a Task; the dialogue scene waits for it unless told `nowait`.
Skipping calls `finish()` on every running task: walks end at their destination, waits end, fades
reach their colour, so a skipped cutscene leaves the same state as a watched one.
"""

from __future__ import annotations

import logging
import shlex

from game.story.commands import COMMANDS, CommandError, split_nowait, validate_command
from game.world.actors import WALK_SPEED, Actor
from game.world.tmx import MapError

log = logging.getLogger(__name__)
TICKS = 60


class Task:
    skippable = True  # False for play the player must do (the runway walk), which skip cannot end

    def update(self) -> bool:
        """Advance one tick; True when done."""
        return True

    def finish(self) -> None:
        """Jump to the end at once."""


class Wait(Task):
    def __init__(self, ticks: int) -> None:
        self.left = ticks

    def update(self) -> bool:
        self.left -= 1
        return self.left <= 0

    def finish(self) -> None:
        self.left = 0


class Walk(Task):
    def __init__(self, actor: Actor, dest: tuple[float, float]) -> None:
        self.actor, self.dest = actor, dest

    def update(self) -> bool:
        if self.actor.path:
            return False
        self.actor.speed = WALK_SPEED  # a walk's own speed lasts only for that walk
        return True

    def finish(self) -> None:
        self.actor.path = []
        self.actor.x, self.actor.y = self.dest
        self.actor.speed = WALK_SPEED
        self.actor.update(False)


class Veil(Task):
    """Fade the map to a colour (`out`) or back (`in`), drawn by the explore scene."""

    def __init__(self, effects, target: int, ticks: int) -> None:
        self.fx, self.start, self.target = effects, effects.veil, target
        self.ticks, self.t = max(1, ticks), 0

    def update(self) -> bool:
        self.t += 1
        k = min(1.0, self.t / self.ticks)
        self.fx.veil = round(self.start + (self.target - self.start) * k)
        return k >= 1.0

    def finish(self) -> None:
        self.t = self.ticks
        self.fx.veil = self.target


class SceneTask(Task):
    """Waits while a pushed scene (title card, overlay, fade) is on the stack."""

    def __init__(self, app, scene) -> None:
        self.app, self.scene = app, scene
        self.skippable = getattr(scene, "skippable", True)

    def update(self) -> bool:
        return self.scene not in self.app.director.stack

    def finish(self) -> None:
        skip = getattr(self.scene, "skip", None)
        if skip:
            skip()
        if self.scene in self.app.director.stack:
            self.app.director.pop(self.scene)


class Cutscene:
    """Runs commands against the current explore scene."""

    def __init__(self, app) -> None:
        self.app = app
        self.nowait = False  # the command being run ends with `nowait`

    @property
    def explore(self):
        scene = self.app.explore()
        if scene is None:
            raise CommandError("no map is loaded")
        return scene

    def actor(self, key: str) -> Actor:
        world = self.explore.world
        found = world.actor(key)
        if found is None:
            raise CommandError(f"actor {key!r} is not on map {world.level.name!r}")
        return found

    def point(self, ref: str) -> tuple[float, float]:
        if "," in ref:
            x, y = ref.split(",", 1)
            return self.explore.world.tile_center(int(x), int(y))
        marker = self.explore.world.marker(ref)
        if marker is None:
            raise CommandError(f"no marker {ref!r} on map {self.explore.level.name!r}")
        return marker.x + marker.width / 2, marker.y + marker.height

    def run(self, raw: str) -> tuple[Task | None, bool]:
        """Carry out one command; returns (task or None, nowait)."""
        words, nowait = split_nowait(shlex.split(raw))
        if not words:
            return None, nowait
        if words[0] not in COMMANDS:
            raise CommandError(f"unknown command {words[0]!r}")
        validate_command(words)
        handler = getattr(self, f"do_{words[0]}")
        self.nowait = nowait
        return handler(*words[1:]), nowait

    # -- actors ----------------------------------------------------------------------------------
    def do_walk(self, key: str, _to: str, ref: str, speed: str = "") -> Task:
        actor = self.actor(key)
        dest = self.point(ref)
        world = self.explore.world
        t = world.level.tile
        path = world.path_to_tile(actor, (int(dest[0] // t), int((dest[1] - 1) // t)))
        actor.path = (path or []) + [dest]
        if speed:
            actor.speed = float(speed)
        return Walk(actor, dest)

    def do_face(self, key: str, target: str) -> None:
        actor = self.actor(key)
        if target in ("down", "up", "left", "right"):
            actor.facing = target
        else:
            other = self.actor(target)
            actor.face_towards(other.x, other.y)

    def do_place(self, key: str, ref: str, facing: str = "") -> None:
        world = self.explore.world
        x, y = self.point(ref)
        actor = world.actor(key)
        if actor is None:
            actor = Actor(key, x, y)
            world.actors[key] = actor
        actor.x, actor.y, actor.path, actor.visible = x, y, [], True
        if facing:
            actor.facing = facing

    def do_show(self, key: str, ref: str = "") -> None:
        if ref:
            self.do_place(key, ref)
        self.actor(key).visible = True

    def do_hide(self, key: str) -> None:
        self.actor(key).visible = False

    def do_anim(self, key: str, name: str) -> None:
        self.actor(key).anim_override = None if name == "none" else name

    def do_emote(self, key: str, kind: str) -> Task:
        actor = self.actor(key)
        self.explore.effects.emotes[actor.name] = (kind, 75)
        return Wait(45)

    def do_crystal(self, key: str) -> Task:
        actor = self.actor(key)
        actor.anim_override = "fallen"
        actor.solid = True
        self.app.sfx("crystal")
        return Wait(90)

    def do_player(self, key: str) -> None:
        world = self.explore.world
        self.app.story.player = key
        other = world.actor(key)
        if other is not None and other is not world.player:
            world.actors = {k: a for k, a in world.actors.items() if a is not other}
            world.player.x, world.player.y, world.player.facing = other.x, other.y, other.facing
        world.player.id = key
        from game.world.actors import load_frames
        world.player.frames = load_frames(key)

    # -- time and screen -----------------------------------------------------------------------
    def do_wait(self, seconds: str) -> Task:
        return Wait(round(float(seconds) * TICKS))

    def do_fade(self, direction: str, seconds: str, colour: str = "black") -> Task:
        from game.palette import palette
        fx = self.explore.effects
        fx.veil_colour = palette().get(colour, fx.veil_colour)
        return Veil(fx, 255 if direction == "out" else 0, round(float(seconds) * TICKS))

    def do_flash(self, colour: str = "white") -> Task:
        from game.palette import palette
        fx = self.explore.effects
        gentle = self.app.settings.get("reduce_flashing")
        fx.flash_colour = palette().get(colour, (242, 240, 255))
        fx.flash = 40 if gentle else 12
        fx.flash_max = 90 if gentle else 255  # a soft pulse instead of a full white-out
        return Wait(fx.flash)

    def do_shake(self, seconds: str = "0.5") -> None:
        if not self.app.settings.get("reduce_shake"):
            self.explore.effects.shake = round(float(seconds) * TICKS)

    def do_letterbox(self, state: str) -> None:
        self.explore.effects.letterbox = state == "on"

    def do_camera(self, mode: str, ref: str = "", seconds: str = "1") -> Task | None:
        explore = self.explore
        if mode == "reset":
            explore.camera_target = None
        elif mode == "follow":
            explore.camera_target = self.actor(ref)
        else:
            start = explore.camera_center()
            end = self.point(ref)
            return CameraPan(explore, start, end, round(float(seconds) * TICKS))
        return None

    # -- sound -------------------------------------------------------------------------------------
    def do_music(self, track: str, _fade: str = "") -> None:
        if self.app.audio is not None:
            self.app.audio.play_music(None if track == "stop" else track)

    def do_sfx(self, name: str) -> None:
        self.app.sfx(name)

    # -- world and story -----------------------------------------------------------------------------
    def do_map(self, name: str, spawn: str) -> Task | None:
        try:
            self.explore.load(name, spawn)
        except MapError as exc:
            raise CommandError(str(exc))
        return None

    def do_overlay(self, kind: str, mode: str = "", *rest: str) -> Task:
        from game.scenes.overlays import make_overlay
        scene = make_overlay(self.app, kind, mode, *rest)
        talk = self.app.director.top
        if self.nowait and type(talk).__name__ == "DialogueScene":
            # lines go on over the view: it plays beneath the box, which keeps the input
            self.app.director.insert_below(scene, talk)
        else:
            self.app.director.push(scene)
        return SceneTask(self.app, scene)

    def do_give(self, item: str) -> None:
        self.app.story.give(item)

    def do_take(self, item: str) -> None:
        self.app.story.take(item)

    def do_beat(self, number: str) -> None:
        self.app.story.record_beat(int(number))

    def do_objective(self, text: str) -> None:
        self.app.story.objective = text

    def do_chapter(self, chapter_id: str, title: str) -> Task:
        from game.scenes.cards import TitleCard
        story = self.app.story
        story.chapter, story.chapter_title = chapter_id, title
        card = TitleCard(self.app, chapter_id, title)
        self.app.director.push(card)  # the chapter's autosave follows when the player has control
        return SceneTask(self.app, card)

    def do_autosave(self) -> None:
        self.app.autosave()

    def do_talk(self, key: str, node: str) -> None:
        self.actor(key).node = node

    def do_prop(self, name: str, ref: str) -> None:
        from game.world.props import PropSprite
        props = self.explore.props
        if ref == "hide":
            props.pop(name, None)
            return
        x, y = self.point(ref)
        props[name] = PropSprite(name, x, y)

    def do_ufo(self, action: str, ref: str = "") -> Task:
        from game.world.props import PropSprite
        props = self.explore.props
        if action == "land":
            x, y = self.point(ref)
            craft = props["ufo"] = PropSprite("ufo", x, y - 160)
            craft.play("landing")
            self.app.sfx("ufo_land")
            return UfoFlight(craft, y - 160, y, 180, "idle", vanish=False)
        craft = props.get("ufo")
        if craft is None:
            raise CommandError("there is no craft on this map to take off")
        craft.play("takeoff")
        self.app.sfx("ufo_takeoff")
        return UfoFlight(craft, craft.y, craft.y - 200, 150, "idle", vanish=True)

    def do_runway(self) -> Task:
        from game.scenes.runway import RunwayScene
        scene = RunwayScene(self.app)
        self.app.director.push(scene)
        return SceneTask(self.app, scene)

    def do_credits(self) -> Task:
        from game.scenes.cards import Credits
        scene = Credits(self.app)
        self.app.director.push(scene)
        return SceneTask(self.app, scene)


class UfoFlight(Task):
    """The craft descending onto (or rising from) a spot, with its landing/take-off frames."""

    def __init__(self, prop, start_y: float, end_y: float, ticks: int, then: str, vanish: bool) -> None:
        self.prop, self.start_y, self.end_y, self.ticks, self.t = prop, start_y, end_y, ticks, 0
        self.then, self.vanish = then, vanish

    def update(self) -> bool:
        self.t += 1
        k = min(1.0, self.t / self.ticks)
        self.prop.y = self.start_y + (self.end_y - self.start_y) * (1 - (1 - k) ** 2)
        if k >= 1.0:
            self.finish()
        return k >= 1.0

    def finish(self) -> None:
        self.t = self.ticks
        self.prop.y = self.end_y
        self.prop.play(self.then)
        self.prop.visible = not self.vanish


class CameraPan(Task):
    def __init__(self, explore, start, end, ticks: int) -> None:
        self.explore, self.start, self.end, self.ticks, self.t = explore, start, end, max(1, ticks), 0

    def update(self) -> bool:
        self.t += 1
        k = min(1.0, self.t / self.ticks)
        self.explore.camera_target = (self.start[0] + (self.end[0] - self.start[0]) * k,
                                      self.start[1] + (self.end[1] - self.start[1]) * k)
        return k >= 1.0

    def finish(self) -> None:
        self.t = self.ticks
        self.explore.camera_target = self.end
