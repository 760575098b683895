"""Save files: what a save holds, writing it safely, reading it defensively, and migrating old ones.

Saves are JSON (never pickle, never eval) in the platform's user data directory (platformdirs;
LIQUID_SKY_DATA_DIR overrides it for tests). Each slot is one file, `slot_1.json` .. `slot_6.json`,
`quick.json`, `auto_1.json` .. `auto_3.json`; the thumbnail is a 96x54 PNG stored base64 inside the
JSON, so a slot and its picture are always replaced together. Writes go through
`settings.atomic_write` (temporary file, flush, fsync, old file kept as `.bak`, rename). Deleting
keeps the file as `.deleted`; restoring a backup keeps the damaged file as `.damaged`.
`progress.json` beside the `saves` folder lists the chapters reached in any playthrough.

A file that cannot be used is reported as damaged with a short reason; it is never loaded, never
crashes anything and is never overwritten unless the player says so.
"""

from __future__ import annotations

import base64
import datetime
import io
import json
import logging
import math
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, Callable

import pygame

from game.settings import APP_NAME, atomic_write
from game.story.state import StoryState

if TYPE_CHECKING:
    from game.app import App

log = logging.getLogger(__name__)

FORMAT_VERSION = 1
MANUAL_SLOTS = tuple(f"slot_{i}" for i in range(1, 7))
QUICK_SLOT = "quick"
AUTO_SLOTS = tuple(f"auto_{i}" for i in range(1, 4))
ALL_SLOTS = (QUICK_SLOT, *AUTO_SLOTS, *MANUAL_SLOTS)
THUMB_SIZE = (96, 54)
FACINGS = ("up", "down", "left", "right")
MAX_BYTES = 4_000_000  # no real save comes near this; a bigger file is not read into memory


class SaveError(Exception):
    """A save that cannot be used; the message is the short reason shown in the slot list."""


def data_dir() -> Path:
    override = os.environ.get("LIQUID_SKY_DATA_DIR")
    if override:
        return Path(override)
    from platformdirs import user_data_dir
    return Path(user_data_dir(APP_NAME, appauthor=False))


def slot_label(slot: str) -> str:
    if slot == QUICK_SLOT:
        return "Quick save"
    kind, _, n = slot.partition("_")
    return f"Autosave {n}" if kind == "auto" else f"Slot {n}"


def _nice_date(iso: str) -> str:
    """`2026-11-23T22:07:52` -> `23 Nov 2026 22:07` (a date that cannot be read is shown as it is)."""
    try:
        return datetime.datetime.fromisoformat(iso).strftime("%d %b %Y %H:%M")
    except ValueError:
        return iso


def format_play_time(ticks: int) -> str:
    seconds = max(0, int(ticks)) // 60
    return f"{seconds // 3600}:{seconds // 60 % 60:02d}:{seconds % 60:02d}"


# -- migrations ---------------------------------------------------------------------------------
def _v0_to_v1(data: dict) -> dict:
    """Version 0 (the first prototype) kept the player as `pos: [x, y]` with no facing, and had no
    per-actor record."""
    data = dict(data)
    pos = data.pop("pos", None)
    if not isinstance(pos, list) or len(pos) != 2:
        raise SaveError("old save without a position")
    data["player"] = {"x": pos[0], "y": pos[1], "facing": "down"}
    data.setdefault("actors", {})
    data["version"] = 1
    return data


# version N -> the function that turns a version-N save into version N+1
MIGRATIONS: dict[int, Callable[[dict], dict]] = {0: _v0_to_v1}


def migrate(data: dict) -> dict:
    version = data.get("version", 0)
    if not isinstance(version, int) or isinstance(version, bool) or version < 0:
        raise SaveError("unknown format version")
    if version > FORMAT_VERSION:
        raise SaveError(f"made by a newer version of the game (format {version})")
    while version < FORMAT_VERSION:
        data = MIGRATIONS[version](data)
        version = data["version"]
    return data


# -- validation ---------------------------------------------------------------------------------
def _number(value: Any) -> bool:
    return isinstance(value, (int, float)) and not isinstance(value, bool) and math.isfinite(value)


def _coord(value: Any) -> bool:
    """A map position: a number no map could be far from (no map is 100,000 pixels wide)."""
    return _number(value) and -100_000 < value < 100_000


def _require(data: dict, key: str, kind: type | tuple, what: str | None = None) -> Any:
    if key not in data:
        raise SaveError(f"missing {what or key}")
    value = data[key]
    if not isinstance(value, kind) or (kind is int and isinstance(value, bool)):
        raise SaveError(f"{what or key} has the wrong type")
    return value


def _check_place(data: dict) -> None:
    player = _require(data, "player", dict, "player position")
    if not (_coord(player.get("x")) and _coord(player.get("y"))):
        raise SaveError("player position has the wrong type")
    if player.get("facing") not in FACINGS:
        raise SaveError("player facing is not a direction")
    actors = _require(data, "actors", dict)
    for name, a in actors.items():
        if not (isinstance(a, dict) and _coord(a.get("x")) and _coord(a.get("y"))
                and a.get("facing") in FACINGS and isinstance(a.get("visible", True), bool)
                and isinstance(a.get("anim_override"), (str, type(None)))
                and isinstance(a.get("id", ""), str) and isinstance(a.get("node", ""), str)):
            raise SaveError(f"actor {name!r} has the wrong type")
    props = data.get("props", {})
    if not isinstance(props, dict) or not all(
            isinstance(v, dict) and _coord(v.get("x")) and _coord(v.get("y")) for v in props.values()):
        raise SaveError("props have the wrong type")


def check(data: Any, node_exists: Callable[[str], bool] | None = None) -> tuple[dict, StoryState]:
    """The migrated save and its story state, or SaveError with a short reason."""
    if not isinstance(data, dict):
        raise SaveError("not a save file")
    data = migrate(data)
    for key in ("map", "chapter_title", "place", "character", "date"):
        _require(data, key, str)
    if "map_path" in data and not isinstance(data["map_path"], str):
        raise SaveError("map_path has the wrong type")
    for key in ("play_ticks", "ticks"):
        if not 0 <= _require(data, key, int) < 2 ** 53:
            raise SaveError(f"{key} has the wrong type")
    _check_place(data)
    story_data = _require(data, "story", dict, "story state")
    try:
        story = StoryState.from_json(story_data)
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise SaveError(f"story state is damaged ({type(exc).__name__})")
    if not isinstance(story.variables, dict) or not all(isinstance(v, (str, int, float, bool))
                                                         for v in story.variables.values()):
        raise SaveError("story variables have the wrong type")
    from game.world.level import map_path
    if not map_path(data.get("map_path") or data["map"]).is_file():
        raise SaveError(f"map {data['map']!r} no longer exists")
    node = data.get("node", "")
    if not isinstance(node, str):
        raise SaveError("node has the wrong type")
    if node and node_exists is not None and not node_exists(node):
        raise SaveError(f"dialogue node {node!r} no longer exists")
    return data, story


# -- slots --------------------------------------------------------------------------------------
@dataclass
class SlotInfo:
    slot: str
    path: Path
    exists: bool = False
    data: dict | None = None
    error: str = ""  # the short reason when damaged
    mtime: int = 0  # nanoseconds
    _thumb: pygame.Surface | None = field(default=None, repr=False)

    @property
    def ok(self) -> bool:
        return self.exists and not self.error

    @property
    def damaged(self) -> bool:
        return self.exists and bool(self.error)

    @property
    def label(self) -> str:
        return slot_label(self.slot)

    def summary(self) -> list[str]:
        """Chapter, place, character, play time and date, one short line each."""
        if not self.exists:
            return ["Empty"]
        if self.error:
            return ["Damaged", self.error]
        d = self.data
        return [d["chapter_title"] or "(no chapter)", d["place"] or d["map"], d["character"].capitalize(),
                f"Played {format_play_time(d['play_ticks'])}", _nice_date(d["date"])]

    def thumbnail(self) -> pygame.Surface | None:
        if self._thumb is None and self.ok and isinstance(self.data.get("thumbnail"), str):
            try:
                raw = base64.b64decode(self.data["thumbnail"], validate=True)
                self._thumb = pygame.image.load(io.BytesIO(raw), "thumb.png")
            except (ValueError, pygame.error):
                self._thumb = None  # a bad picture is not worth calling the save damaged
        return self._thumb


class SaveManager:
    def __init__(self, app: "App | None" = None, folder: Path | None = None) -> None:
        self.app = app  # whose dialogue decides whether a saved node still exists
        self.folder = folder or data_dir() / "saves"
        # the story and chapter `watch` saw last: a new chapter in the same story autosaves
        self.watched: StoryState | None = None
        self.last_chapter: str | None = None
        self.autosave_due = False  # asked for while a cutscene ran; done when control returns

    # -- files ----------------------------------------------------------------------------------
    def path(self, slot: str) -> Path:
        if slot not in ALL_SLOTS:
            raise ValueError(f"unknown save slot {slot!r}")
        return self.folder / f"{slot}.json"

    def read(self, slot: str, node_exists: Callable[[str], bool] | None = None) -> SlotInfo:
        if node_exists is None and self.app is not None:
            app = self.app

            def node_exists(node: str) -> bool:  # the dialogue is only loaded if a save names a node
                checker = _node_checker(app)
                return checker is None or checker(node)
        return self._read_path(slot, self.path(slot), node_exists)

    def _read_path(self, slot: str, path: Path, node_exists=None) -> SlotInfo:
        info = SlotInfo(slot, path)
        try:
            stat = path.stat()
        except FileNotFoundError:
            return info
        except OSError as exc:
            info.exists, info.error = True, f"cannot be read ({exc.strerror})"
            return info
        info.exists, info.mtime = True, stat.st_mtime_ns
        try:
            if stat.st_size > MAX_BYTES:
                raise SaveError("file is far too big")
            text = path.read_bytes().decode("utf-8")
            info.data, _ = check(json.loads(text), node_exists)
        except SaveError as exc:
            info.error = str(exc)
        except UnicodeDecodeError:
            info.error = "garbage (not text)"
        except json.JSONDecodeError as exc:
            info.error = "truncated" if exc.pos >= len(exc.doc.rstrip()) else "garbage (not JSON)"
        except (OSError, RecursionError) as exc:
            info.error = f"cannot be read ({exc})"
        return info

    def slots(self, kinds: tuple[str, ...] = ALL_SLOTS, node_exists=None) -> list[SlotInfo]:
        return [self.read(s, node_exists) for s in kinds]

    def latest(self, node_exists=None) -> SlotInfo | None:
        """The most recently written usable save (for Continue)."""
        usable = [i for i in self.slots(node_exists=node_exists) if i.ok]
        return max(usable, key=lambda i: (i.data["date"], i.mtime), default=None)

    def delete(self, slot: str) -> None:
        """Remove a slot. The file is kept as `.deleted` and the backup is left alone, so a deletion
        by mistake can still be undone ("Restore the backup")."""
        path = self.path(slot)
        try:
            if path.exists():
                os.replace(path, path.with_name(path.name + ".deleted"))
        except OSError as exc:
            log.warning("%s: cannot delete (%s)", path, exc)

    def backup(self, slot: str, node_exists=None) -> SlotInfo:
        path = self.path(slot)
        return self._read_path(slot, path.with_name(path.name + ".bak"), node_exists)

    def restore_backup(self, slot: str) -> bool:
        """Put a usable `.bak` back in place of a damaged or deleted slot (a damaged file is kept
        as `.damaged`). False if the backup cannot be used or moved."""
        if not self.backup(slot).ok:
            return False
        path = self.path(slot)
        try:
            if path.exists():
                os.replace(path, path.with_name(path.name + ".damaged"))
            os.replace(path.with_name(path.name + ".bak"), path)
        except OSError as exc:
            log.warning("%s: cannot restore the backup (%s)", path, exc)
            return False
        return True

    # -- capturing the moment -----------------------------------------------------------------
    @staticmethod
    def can_save(app: "App") -> str:
        """Why the game cannot be saved now, or "" when it can."""
        explore = app.explore()
        if explore is None:
            return "Nothing to save: no game is running."
        if explore.cutscene_depth > 0:
            return "Cannot save during a conversation or cutscene."
        return ""

    @staticmethod
    def capture(app: "App", date: str | None = None) -> dict:
        """Everything needed to come back to this moment, as plain JSON data."""
        from game.paths import asset
        explore = app.explore()
        level, world, story = explore.level, explore.world, app.story
        p = world.player
        data = {
            "version": FORMAT_VERSION,
            "story": story.to_json(),
            "map": level.name,
            "player": {"x": p.x, "y": p.y, "facing": p.facing},
            "actors": {name: {"x": a.x, "y": a.y, "facing": a.facing, "visible": a.visible,
                              "anim_override": a.anim_override, "id": a.id, "node": a.node}
                       for name, a in world.actors.items()},
            "props": {name: {"x": pr.x, "y": pr.y, "visible": pr.visible}
                      for name, pr in explore.props.items()},
            "node": str(story.variables.get("$last_node", "")),
            "play_ticks": story.play_ticks,
            "ticks": app.ticks,
            "date": date or datetime.datetime.now().isoformat(timespec="microseconds"),  # orders the autosaves
            "chapter_title": story.chapter_title,
            "place": level.title,
            "character": story.player,
            "thumbnail": _thumbnail(app),
        }
        if level.path.resolve() != asset("maps", f"{level.name}.tmx").resolve():
            data["map_path"] = str(level.path)  # a designer's map outside assets/maps
        return data

    def write(self, slot: str, data: dict) -> None:
        atomic_write(self.path(slot), json.dumps(data, sort_keys=True, separators=(",", ":")))

    def save(self, app: "App", slot: str, overwrite_damaged: bool = False) -> str:
        """Save into a slot; returns "" on success, else why not (shown to the player)."""
        reason = self.can_save(app)
        if reason:
            return reason
        if self.read(slot).damaged and not overwrite_damaged:
            return f"{slot_label(slot)} is damaged; delete it first."
        try:
            self.write(slot, self.capture(app))
        except OSError as exc:
            return f"Could not save: {exc.strerror or exc}"
        self.note_chapter(app.story)
        return ""

    # -- loading --------------------------------------------------------------------------------
    def load(self, app: "App", slot: str) -> str:
        """Restore the moment in a slot; returns "" on success, else why not. A failed load keeps the
        game as it was."""
        info = self.read(slot)
        if not info.exists:
            return f"{slot_label(slot)} is empty."
        if info.error:
            return f"{slot_label(slot)} is damaged: {info.error}"
        return self.restore(app, info.data)

    @staticmethod
    def restore(app: "App", data: dict) -> str:
        from game.world.tmx import MapError
        old_story, old_ticks = app.story, app.ticks
        app.story = StoryState.from_json(data["story"])  # before the map: NPC conditions read it
        app.ticks = data["ticks"]  # before the map too: animations continue from the same phase
        player = data["player"]
        try:
            app.start_map(data.get("map_path") or data["map"], player_pos=(player["x"], player["y"]),
                          facing=player["facing"])
        except (MapError, OSError) as exc:
            app.story, app.ticks = old_story, old_ticks
            return f"Could not load: {exc}"
        explore = app.explore()
        world = explore.world
        from game.world.actors import Actor, known_actor_ids
        from game.world.props import PropSprite, known_props
        for name, saved in data["actors"].items():
            actor = world.actors.get(name)
            if actor is None:
                if saved.get("id") not in known_actor_ids():
                    continue  # someone who is not on the map any more in this version of it
                actor = world.actors[name] = Actor(saved["id"], 0, 0)  # placed there by a cutscene
            actor.x, actor.y, actor.facing = float(saved["x"]), float(saved["y"]), saved["facing"]
            actor.visible = saved.get("visible", True)
            actor.anim_override = saved.get("anim_override")
            actor.node = saved.get("node", actor.node)
            actor.path = []
        for name, saved in data.get("props", {}).items():
            if name in known_props():
                explore.props[name] = PropSprite(name, float(saved["x"]), float(saved["y"]))
                explore.props[name].visible = bool(saved.get("visible", True))
        app.history.clear()
        app.saves.watched, app.saves.last_chapter = app.story, app.story.chapter  # loaded: not a new chapter
        return ""

    # -- automatic saves ----------------------------------------------------------------------
    def autosave(self, app: "App") -> str:
        """Save into the oldest rotating autosave slot, skipping damaged ones (never overwritten)."""
        reason = self.can_save(app)
        if reason:
            return reason
        infos = [self.read(s) for s in AUTO_SLOTS]
        free = [i for i in infos if not i.damaged]
        if not free:
            return "Autosave skipped: every autosave slot is damaged."
        target = min(free, key=lambda i: (i.exists, i.data["date"] if i.ok else "", i.mtime))
        problem = self.save(app, target.slot)
        if not problem:  # this chapter has its autosave: `watch` need not make another
            self.watched, self.last_chapter = app.story, app.story.chapter
        return problem

    def watch(self, app: "App") -> None:
        """Called every tick: when a new chapter has started and the player has control again,
        remember the chapter and autosave."""
        story, chapter = app.story, app.story.chapter
        if story is self.watched and chapter == self.last_chapter and not self.autosave_due:
            return
        explore = app.explore()
        if explore is None or app.director.top is not explore or explore.cutscene_depth:
            return
        if self.autosave_due:  # an `<<autosave>>` asked for during a cutscene
            self.autosave_due = False
            self.autosave(app)
            return
        self.watched, self.last_chapter = story, chapter
        if chapter:
            self.note_chapter(story)  # even if the autosave cannot be written
            self.autosave(app)

    # -- chapters reached in any playthrough -------------------------------------------------
    def progress_path(self) -> Path:
        return self.folder.parent / "progress.json"

    def reached_chapters(self) -> list[str]:
        try:
            data = json.loads(self.progress_path().read_text(encoding="utf-8"))
            chapters = data["chapters"]
            return [c for c in chapters if isinstance(c, str)] if isinstance(chapters, list) else []
        except (OSError, ValueError, KeyError, TypeError):
            return []

    def note_chapter(self, story: StoryState) -> None:
        reached = self.reached_chapters()
        if story.chapter and story.chapter not in reached:
            reached.append(story.chapter)
            try:
                atomic_write(self.progress_path(), json.dumps({"version": 1, "chapters": reached}, indent=1))
            except OSError as exc:
                log.warning("cannot record chapter progress: %s", exc)


def _node_checker(app: "App") -> Callable[[str], bool] | None:
    """Whether a dialogue node exists; None (no check) if the dialogue itself cannot be loaded."""
    try:
        nodes = app.dialogue_program().nodes
    except Exception:  # the dialogue's own errors are reported elsewhere
        return None
    return lambda node: node in nodes


def _thumbnail(app: "App") -> str:
    """The map as the player sees it, without the menu that is open over it, scaled down 5x."""
    frame = pygame.Surface(app.canvas.get_size())
    frame.fill((0, 0, 0))
    app.explore().draw(frame)
    small = pygame.transform.scale(frame, THUMB_SIZE)  # nearest-neighbour: palette colours only
    buf = io.BytesIO()
    pygame.image.save(small, buf, "thumb.png")
    return base64.b64encode(buf.getvalue()).decode("ascii")
