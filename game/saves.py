"""Save files: what a save holds, writing it safely, reading it defensively, and migrating old ones.

Saves are JSON (never pickle, never eval) in the platform's user data directory (platformdirs;
LIQUID_SKY_DATA_DIR overrides it for tests). Each slot is one file, `slot_1.json` .. `slot_6.json`,
`quick.json`, `auto_1.json` .. `auto_3.json`; the thumbnail is a 96x54 PNG stored base64 inside the
JSON, so a slot and its picture are always replaced together. Writes go through
`settings.atomic_write` (temporary file, fsync, old file kept as `.bak`, rename, folder fsync).
Deleting keeps the file as `.deleted`; restoring a backup keeps the damaged file as `.damaged`.
`progress.json` beside the `saves` folder lists the chapters reached in any playthrough.

A file is read through `jsonfile` (size, nesting, digits and string lengths limited before parsing)
and then checked field by field: the map must be one of the game's (or a designer's map opened in
this run), the player must stand where feet can stand on it, beats, chapter and player must be the
game's own. A file that cannot be used is reported as damaged with a short reason; it is never
loaded, never crashes anything and is never overwritten unless the player says so. A save that
cannot be written, automatic or not, is said on screen with the reason.
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
from typing import Any, Callable

import pygame

from game import jsonfile
from game.settings import APP_NAME, atomic_write, folder_problem, fsync_folder, remove_leftovers, why
from game.story.beats import BEATS
from game.story.state import StoryState
from game.timing import TICK_RATE
from game.ui.strings import Message, story_text, tr

log = logging.getLogger(__name__)

FORMAT_VERSION = 2
MANUAL_SLOTS = tuple(f"slot_{i}" for i in range(1, 7))
QUICK_SLOT = "quick"
AUTO_SLOTS = tuple(f"auto_{i}" for i in range(1, 4))
ALL_SLOTS = (QUICK_SLOT, *AUTO_SLOTS, *MANUAL_SLOTS)
THUMB_SIZE = (96, 54)
FACINGS = ("up", "down", "left", "right")
MAX_BYTES = 1_000_000  # a real save is some 20 KB; a bigger file is not read into memory


class SaveError(Exception):
    """A save that cannot be used; the message (a ui.strings.Message) is the short reason shown in
    the slot list. Fields are named as the file names them (`story.beats`)."""


def data_dir() -> Path:
    override = os.environ.get("LIQUID_SKY_DATA_DIR")
    if override:
        return Path(override)
    from platformdirs import user_data_dir
    return Path(user_data_dir(APP_NAME, appauthor=False))


def slot_label(slot: str) -> str:
    if slot == QUICK_SLOT:
        return tr("saves.quick")
    kind, _, n = slot.partition("_")
    return tr("saves.auto", n) if kind == "auto" else tr("saves.slot", n)


def _nice_date(iso: str) -> str:
    """`2026-11-23T22:07:52` -> `23 Nov 2026 22:07` (a date that cannot be read is shown as it is)."""
    try:
        date = datetime.datetime.fromisoformat(iso)
    except ValueError:
        return iso
    return tr("saves.date", f"{date.day:02d}", tr(f"month.{date.month}"), date.year, date.strftime("%H:%M"))


def format_play_time(ticks: int) -> str:
    seconds = max(0, int(ticks)) // TICK_RATE
    return f"{seconds // 3600}:{seconds // 60 % 60:02d}:{seconds % 60:02d}"


# -- migrations ---------------------------------------------------------------------------------
def _v0_to_v1(data: dict) -> dict:
    """Version 0 (the first prototype) kept the player as `pos: [x, y]` with no facing, and had no
    per-actor record."""
    data = dict(data)
    pos = data.pop("pos", None)
    if not isinstance(pos, list) or len(pos) != 2:
        raise SaveError(Message("save_error.no_position"))
    data["player"] = {"x": pos[0], "y": pos[1], "facing": "down"}
    data.setdefault("actors", {})
    data["version"] = 1
    return data


# What only Johann's chapters gave while everyone shared one inventory (format 1).
_JOHANNS_THINGS_IN_V1 = ("notebook", "telescope", "dollars", "coffee")


def _v1_to_v2(data: dict) -> dict:
    """Version 1 kept one inventory for everyone played; version 2 keeps each person's. Johann's
    things go to him, everything else to Margaret (Katherine carried nothing of her own)."""
    data = dict(data)
    story = data.get("story")
    if isinstance(story, dict) and "inventories" not in story:
        story = dict(story)
        shared = story.pop("inventory", [])
        if not isinstance(shared, list):
            raise SaveError(Message("save_error.wrong_type", "story.inventory"))
        johanns = [i for i in shared if i in _JOHANNS_THINGS_IN_V1]
        margarets = [i for i in shared if i not in _JOHANNS_THINGS_IN_V1]
        story["inventories"] = {k: v for k, v in (("margaret", margarets), ("johann", johanns)) if v}
        data["story"] = story
    data["version"] = 2
    return data


# version N -> the function that turns a version-N save into version N+1
MIGRATIONS: dict[int, Callable[[dict], dict]] = {0: _v0_to_v1, 1: _v1_to_v2}


def migrate(data: dict) -> dict:
    version = data.get("version", 0)
    if not isinstance(version, int) or isinstance(version, bool) or version < 0:
        raise SaveError(Message("save_error.unknown_version"))
    if version > FORMAT_VERSION:
        raise SaveError(Message("save_error.newer", version))
    while version < FORMAT_VERSION:
        data = MIGRATIONS[version](data)
        version = data["version"]
    return data


# -- validation ---------------------------------------------------------------------------------
TEXT_LIMIT = 200  # a chapter title, place, person, item, node or variable name: no real one comes near
LONG_TEXT_LIMIT = 2_000  # a story variable's text or the objective
THUMB_LIMIT = 40_000  # base64 characters of the thumbnail (a real one is some 5,000)


def _number(value: Any) -> bool:
    return isinstance(value, (int, float)) and not isinstance(value, bool) and math.isfinite(value)


def _coord(value: Any) -> bool:
    """A map position: a number no map could be far from (no map is 100,000 pixels wide)."""
    return _number(value) and -100_000 < value < 100_000


def _count(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool) and 0 <= value < 2 ** 53


def _short(value: Any) -> bool:
    return isinstance(value, str) and len(value) <= TEXT_LIMIT


def _require(data: dict, key: str, kind: type | tuple, what: str | None = None) -> Any:
    if key not in data:
        raise SaveError(Message("save_error.missing", what or key))
    value = data[key]
    if not isinstance(value, kind) or (kind is int and isinstance(value, bool)):
        raise SaveError(Message("save_error.wrong_type", what or key))
    return value


def _text(data: dict, key: str, limit: int = TEXT_LIMIT, what: str | None = None) -> str:
    value = _require(data, key, str, what)
    if len(value) > limit:
        raise SaveError(Message("save_error.too_long", what or key))
    return value


def _names(data: dict, key: str) -> None:
    """A list of short names (lines seen, options chosen, ...); missing is an empty list."""
    value = data.get(key, [])
    if not (isinstance(value, list) and all(_short(v) for v in value)):
        raise SaveError(Message("save_error.wrong_type", f"story.{key}"))


def _check_place(data: dict) -> None:
    player = _require(data, "player", dict)
    if not (_coord(player.get("x")) and _coord(player.get("y"))):
        raise SaveError(Message("save_error.wrong_type", "player"))
    if player.get("facing") not in FACINGS:
        raise SaveError(Message("save_error.bad_facing"))
    actors = _require(data, "actors", dict)
    for name, a in actors.items():
        if not (len(name) <= TEXT_LIMIT and isinstance(a, dict) and _coord(a.get("x")) and _coord(a.get("y"))
                and a.get("facing") in FACINGS and isinstance(a.get("visible", True), bool)
                and _short(a.get("anim_override") or "") and _short(a.get("id", "")) and _short(a.get("node", ""))):
            raise SaveError(Message("save_error.bad_actor", repr(name[:TEXT_LIMIT])))
    props = data.get("props", {})
    if not isinstance(props, dict) or not all(
            isinstance(v, dict) and _coord(v.get("x")) and _coord(v.get("y"))
            and isinstance(v.get("visible", True), bool) for v in props.values()):
        raise SaveError(Message("save_error.wrong_type", "props"))


def _check_inventories(inventories: dict, people: set[str]) -> None:
    """Each person's things: a list of short names, for one of the game's people."""
    for person, things in inventories.items():
        if person not in people:
            raise SaveError(Message("save_error.unknown_owner", repr(person[:TEXT_LIMIT])))
        if not (isinstance(things, list) and all(_short(i) for i in things)):
            raise SaveError(Message("save_error.bad_inventory", person))


def _check_story(story: dict) -> StoryState:
    """The story state, every field checked before StoryState reads it."""
    from game.story.chapters import CHAPTERS
    from game.world.actors import known_actor_ids
    variables = _require(story, "variables", dict, "story.variables")
    for name, value in variables.items():
        if len(name) > TEXT_LIMIT or not (isinstance(value, bool) or _number(value) or (
                isinstance(value, str) and len(value) <= LONG_TEXT_LIMIT)):
            raise SaveError(Message("save_error.bad_variable", name[:TEXT_LIMIT]))
    beats = _require(story, "beats", list, "story.beats")
    if not all(isinstance(b, int) and not isinstance(b, bool) and b in BEATS for b in beats):
        raise SaveError(Message("save_error.bad_beats", len(BEATS)))
    chapter = _text(story, "chapter", what="story.chapter")
    if chapter and chapter not in {c["id"] for c in CHAPTERS}:
        raise SaveError(Message("save_error.unknown_chapter", repr(chapter)))
    if _text(story, "player", what="story.player") not in known_actor_ids():
        raise SaveError(Message("save_error.unknown_player", repr(story["player"])))
    _text(story, "map", what="story.map")
    for key in ("chapter_title", "objective"):
        if key in story:
            _text(story, key, LONG_TEXT_LIMIT, f"story.{key}")
    _check_inventories(_require(story, "inventories", dict, "story.inventories"), known_actor_ids())
    for key in ("seen_lines", "chosen_options", "fired_triggers"):
        _names(story, key)
    for key in ("play_ticks", "seed"):
        if not _count(story.get(key, 0)):
            raise SaveError(Message("save_error.wrong_type", f"story.{key}"))
    rng = story.get("rng", [3, [0] * 625, None])
    if not (isinstance(rng, list) and len(rng) == 3 and isinstance(rng[1], list) and len(rng[1]) == 625
            and all(_count(v) and v < 2 ** 32 for v in rng[1]) and (rng[2] is None or _number(rng[2]))):
        raise SaveError(Message("save_error.wrong_type", "story.rng"))
    try:
        return StoryState.from_json(story)
    except (KeyError, TypeError, ValueError, OverflowError) as exc:
        raise SaveError(Message("save_error.story_damaged", type(exc).__name__))


def _check_map(data: dict) -> Path:
    """The saved map's file: one of the game's maps by name, or a designer's map opened in this run."""
    from game.world.level import available_maps, map_path, opened_maps
    name = _text(data, "map")
    if "map_path" in data:
        path = Path(_text(data, "map_path", 1_000)).resolve()
        if path not in opened_maps():
            raise SaveError(Message("save_error.unknown_map", repr(name)))
    elif name in available_maps():
        path = map_path(name)
    else:
        raise SaveError(Message("save_error.unknown_map", repr(name)))
    if not path.is_file():
        raise SaveError(Message("save_error.map_gone", repr(name)))
    return path


def _check_date(data: dict) -> None:
    try:
        date = datetime.datetime.fromisoformat(_text(data, "date"))
    except ValueError:
        raise SaveError(Message("save_error.bad_date")) from None
    if date.tzinfo is not None or date.year < 1983:  # capture() writes local time without a zone
        raise SaveError(Message("save_error.bad_date"))


def check(data: Any, node_exists: Callable[[str], bool] | None = None) -> tuple[dict, StoryState]:
    """The migrated save and its story state, or SaveError with a short reason."""
    if not isinstance(data, dict):
        raise SaveError(Message("save_error.not_a_save"))
    data = migrate(data)
    for key in ("chapter_title", "place", "character"):
        _text(data, key)
    _check_date(data)
    for key in ("play_ticks", "ticks"):
        if not _count(_require(data, key, int)):
            raise SaveError(Message("save_error.wrong_type", key))
    if "thumbnail" in data and not (isinstance(data["thumbnail"], str) and len(data["thumbnail"]) <= THUMB_LIMIT):
        raise SaveError(Message("save_error.wrong_type", "thumbnail"))
    _check_place(data)
    story = _check_story(_require(data, "story", dict))
    if data["character"] != story.player:
        raise SaveError(Message("save_error.wrong_character", repr(data["character"])))
    path = _check_map(data)
    from game.world.level import standable
    from game.world.tmx import MapError
    try:
        free = standable(path, data["player"]["x"], data["player"]["y"])
    except MapError as exc:
        raise SaveError(Message("save_error.map_unreadable", repr(data["map"]), exc))
    if not free:
        raise SaveError(Message("save_error.in_wall"))
    node = data.get("node", "")
    if not isinstance(node, str) or len(node) > TEXT_LIMIT:
        raise SaveError(Message("save_error.wrong_type", "node"))
    if node and node_exists is not None and not node_exists(node):
        raise SaveError(Message("save_error.node_gone", repr(node)))
    return data, story


def thumb_size(encoded: str) -> tuple[int, int] | None:
    """Width and height from a base64 PNG's header, without decoding the picture."""
    try:
        head = base64.b64decode(encoded[:32], validate=True)  # 24 bytes: signature, IHDR, size
    except ValueError:
        return None
    if len(head) < 24 or head[:8] != b"\x89PNG\r\n\x1a\n" or head[12:16] != b"IHDR":
        return None
    return int.from_bytes(head[16:20], "big"), int.from_bytes(head[20:24], "big")


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
            return [tr("saves.empty_big")]
        if self.error:
            return [tr("saves.damaged_big"), self.error]
        d = self.data
        return [story_text(d["chapter_title"]) or tr("saves.no_chapter"), story_text(d["place"]) or d["map"],
                d["character"].capitalize(),
                tr("saves.played", format_play_time(d["play_ticks"])), _nice_date(d["date"])]

    def thumbnail(self) -> pygame.Surface | None:
        if self._thumb is None and self.ok and isinstance(self.data.get("thumbnail"), str):
            try:
                if thumb_size(self.data["thumbnail"]) != THUMB_SIZE:
                    raise ValueError("not a thumbnail")  # never decode a picture of any other size
                raw = base64.b64decode(self.data["thumbnail"], validate=True)
                self._thumb = pygame.image.load(io.BytesIO(raw), "thumb.png")
            except (ValueError, pygame.error):
                self._thumb = None  # a bad picture is not worth calling the save damaged
        return self._thumb


@dataclass
class SaveHooks:
    """What the save manager needs of the running game, as functions (game/moment.py makes them)."""

    capture: Callable[[], dict]  # the moment as JSON data
    restore: Callable[[dict], str]  # put a checked save's moment back: "" or why not
    story: Callable[[], StoryState]  # the story in play
    why_not_save: Callable[[], str]  # "" when the game can be saved now
    in_cutscene: Callable[[], bool]  # a talk or cutscene has the control
    in_control: Callable[[], bool]  # the player walks the map, nothing over it
    node_exists: Callable[[str], bool]  # whether a dialogue node a save names still exists
    report: Callable[[str], None]  # say a failed automatic save on screen


class SaveManager:
    """The save files, and the one place that decides when to autosave: when a chapter has started
    (or `<<autosave>>` asked) and the player has control again, and on quitting."""

    def __init__(self, hooks: SaveHooks | None = None, folder: Path | None = None) -> None:
        self.hooks = hooks  # None: files only (listing, deleting, restoring backups)
        self.folder = folder or data_dir() / "saves"
        # the story and chapter last seen at an autosave or a load: a new chapter autosaves
        self.watched: StoryState | None = None
        self.last_chapter: str | None = None
        self.autosave_due = False  # asked for while a cutscene ran; done when control returns
        # why nothing is written now (a chapter replayed from the gallery): saving says it;
        # autosaves and the chapters reached keep quiet
        self.off = ""

    def remove_leftovers(self) -> None:
        """On start: temporary files of writes that were killed part way."""
        remove_leftovers(self.folder)
        remove_leftovers(self.folder.parent)  # progress.json's

    # -- files ----------------------------------------------------------------------------------
    def path(self, slot: str) -> Path:
        if slot not in ALL_SLOTS:
            raise ValueError(f"unknown save slot {slot!r}")
        return self.folder / f"{slot}.json"

    def read(self, slot: str, node_exists: Callable[[str], bool] | None = None) -> SlotInfo:
        if node_exists is None and self.hooks is not None:
            node_exists = self.hooks.node_exists  # the dialogue is only loaded if a save names a node
        return self._read_path(slot, self.path(slot), node_exists)

    def _read_path(self, slot: str, path: Path, node_exists=None) -> SlotInfo:
        info = SlotInfo(slot, path)
        try:
            stat = path.stat()
        except (FileNotFoundError, NotADirectoryError):  # no such slot; or no saves folder (said on saving)
            return info
        except OSError as exc:
            info.exists, info.error = True, tr("save_error.unreadable", exc.strerror)
            return info
        info.exists, info.mtime = True, stat.st_mtime_ns
        try:
            info.data, _ = check(jsonfile.read(path, MAX_BYTES), node_exists)
        except (SaveError, jsonfile.BadFile) as exc:
            info.error = str(exc)
        except OSError as exc:
            info.error = tr("save_error.unreadable", exc.strerror or exc)
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
                fsync_folder(self.folder)
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
            fsync_folder(self.folder)
        except OSError as exc:
            log.warning("%s: cannot restore the backup (%s)", path, exc)
            return False
        return True

    def write(self, slot: str, data: dict) -> None:
        atomic_write(self.path(slot), json.dumps(data, sort_keys=True, separators=(",", ":")))

    def save(self, slot: str, overwrite_damaged: bool = False, failed: str = "saves.failed") -> str:
        """Save into a slot; returns "" on success, else why not (shown to the player; a failed
        write is said with the UI string `failed`)."""
        reason = self.off or self.hooks.why_not_save()
        if reason:
            return reason
        problem = self.folder_problem()
        if problem:
            return tr(failed, problem)
        damaged = self.read(slot).damaged
        if damaged and not overwrite_damaged:
            return tr("saves.delete_first", slot_label(slot))
        try:
            data = self.hooks.capture()
            if damaged:  # kept aside as `.damaged`, so the backup stays the last good save
                path = self.path(slot)
                os.replace(path, path.with_name(path.name + ".damaged"))
            self.write(slot, data)
        except OSError as exc:
            return tr(failed, self.why(exc))
        self.note_chapter(self.hooks.story())
        return ""

    def folder_problem(self) -> Message | str:
        return folder_problem(self.folder, Message("saves.folder"))

    def why(self, exc: OSError) -> Message:
        """An OS error as the player can act on it, naming the folder."""
        return why(exc, self.folder, Message("saves.folder"))

    # -- loading --------------------------------------------------------------------------------
    def load(self, slot: str) -> str:
        """Restore the moment in a slot; returns "" on success, else why not. A failed load keeps the
        game as it was."""
        info = self.read(slot)
        if not info.exists:
            return tr("saves.is_empty", slot_label(slot))
        if info.error:
            return tr("saves.is_damaged", slot_label(slot), info.error)
        problem = self.hooks.restore(info.data)
        if not problem:  # a loaded chapter is not a new one
            self.watched, self.last_chapter = self.hooks.story(), self.hooks.story().chapter
        return problem

    # -- automatic saves ----------------------------------------------------------------------
    def autosave(self) -> str:
        """Save into the autosave slots now, or, during a cutscene, as soon as it ends. Returns ""
        or why it did not save now."""
        if self.off:
            return self.off
        self.note_chapter(self.hooks.story())
        if self.hooks.in_cutscene():
            self.autosave_due = True
            return tr("saves.autosave_waits")
        return self._autosave_now()

    def _autosave_now(self) -> str:
        """Save into the oldest rotating autosave slot, skipping damaged ones (never overwritten)."""
        reason = self.hooks.why_not_save()
        if reason:
            return reason
        infos = [self.read(s) for s in AUTO_SLOTS]
        free = [i for i in infos if not i.damaged]
        if not free:
            return tr("saves.autosave_skipped")
        target = min(free, key=lambda i: (i.exists, i.data["date"] if i.ok else "", i.mtime))
        problem = self.save(target.slot, failed="saves.autosave_failed")
        if not problem:  # this chapter has its autosave: `update` need not make another
            story = self.hooks.story()
            self.watched, self.last_chapter = story, story.chapter
        return problem

    def update(self) -> None:
        """Every tick: when a new chapter has started (or an autosave was asked for during a
        cutscene) and the player has control again, autosave."""
        if self.off:
            return
        story = self.hooks.story()
        chapter = story.chapter
        if story is self.watched and chapter == self.last_chapter and not self.autosave_due:
            return
        if not self.hooks.in_control():
            return
        if self.autosave_due:  # an `<<autosave>>` asked for during a cutscene
            self.autosave_due = False
            self.report(self._autosave_now())
            return
        self.watched, self.last_chapter = story, chapter
        if chapter:
            self.note_chapter(story)  # even if the autosave cannot be written
            self.report(self._autosave_now())

    def report(self, problem: str) -> None:
        """An automatic save that failed is said, never silent."""
        if problem:
            self.hooks.report(problem)

    # -- chapters reached in any playthrough -------------------------------------------------
    def progress_path(self) -> Path:
        return self.folder.parent / "progress.json"

    def reached_chapters(self) -> list[str]:
        try:
            chapters = jsonfile.read(self.progress_path(), 100_000)["chapters"]
            return [c for c in chapters if isinstance(c, str)] if isinstance(chapters, list) else []
        except (OSError, jsonfile.BadFile, KeyError, TypeError):
            return []

    def note_chapter(self, story: StoryState) -> None:
        self.note_reached(story.chapter)

    def note_reached(self, chapter: str) -> None:
        """A chapter reached, or `chapters.THE_END`, kept for chapter select and the gallery."""
        reached = self.reached_chapters()
        if chapter and chapter not in reached and not self.off:
            reached.append(chapter)
            try:
                atomic_write(self.progress_path(), json.dumps({"version": 1, "chapters": reached}, indent=1))
            except OSError as exc:
                log.warning("cannot record chapter progress: %s", exc)
