"""The running game as a save sees it: what `SaveManager` is given to capture, restore and decide
with (game/saves.py itself never sees the App)."""

from __future__ import annotations

import base64
import datetime
import io
from typing import TYPE_CHECKING

import pygame

from game.palette import colour
from game.saves import FORMAT_VERSION, THUMB_SIZE, SaveHooks
from game.story.state import StoryState
from game.ui.strings import tr

if TYPE_CHECKING:
    from game.app import App


def hooks(app: "App") -> SaveHooks:
    return SaveHooks(
        capture=lambda: capture(app),
        restore=lambda data: restore(app, data),
        story=lambda: app.story,
        why_not_save=lambda: why_not_save(app),
        in_cutscene=lambda: in_cutscene(app),
        in_control=lambda: in_control(app),
        node_exists=lambda node: node_exists(app, node),
        report=app.notify,
    )


def why_not_save(app: "App") -> str:
    """Why the game cannot be saved now, or "" when it can."""
    if app.explore() is None:
        return tr("saves.nothing")
    if in_cutscene(app):
        return tr("saves.cutscene")
    return ""


def in_cutscene(app: "App") -> bool:
    explore = app.explore()
    return explore is not None and explore.cutscene_depth > 0


def in_control(app: "App") -> bool:
    """The player walks the map: no talk, cutscene or menu over it."""
    explore = app.explore()
    return explore is not None and app.director.top is explore and not explore.cutscene_depth


def node_exists(app: "App", node: str) -> bool:
    """Whether a saved dialogue node still exists (yes, if the dialogue itself cannot be loaded:
    its own errors are reported elsewhere)."""
    try:
        return node in app.dialogue_program().nodes
    except Exception:
        return True


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
        "thumbnail": thumbnail(app),
    }
    if level.path.resolve() != asset("maps", f"{level.name}.tmx").resolve():
        data["map_path"] = str(level.path)  # a designer's map outside assets/maps
    return data


def restore(app: "App", data: dict) -> str:
    """Put a checked save's moment back; "" or why not (the game stays as it was)."""
    from game.world.tmx import MapError
    old_story, old_ticks = app.story, app.ticks
    app.story = StoryState.from_json(data["story"])  # before the map: NPC conditions read it
    app.story.rekey_lines(old_line_ids(app))
    app.ticks = data["ticks"]  # before the map too: animations continue from the same phase
    player = data["player"]
    try:
        app.start_map(data.get("map_path") or data["map"], player_pos=(player["x"], player["y"]),
                      facing=player["facing"])
    except (MapError, OSError) as exc:
        app.story, app.ticks = old_story, old_ticks
        return tr("notice.load_failed", exc)
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
    app.replay("")  # a loaded game is played for real
    return ""


def old_line_ids(app: "App") -> dict[str, str]:
    """What saves made before the lines had #line: ids remember each line by (a hash of file,
    node and text, the node also under its chapter-variant names, `Ch2_...`) -> its id now."""
    from game.story.chapters import CHAPTERS, chapter_variant
    from game.story.strings import lines_of
    from game.story.yarn import YarnError
    try:
        program = app.dialogue_program()
    except (YarnError, OSError):
        return {}  # the dialogue's own errors are said where it loads
    ids = {}
    for _, stmt in lines_of(program):
        title = stmt.scope[1]
        for name in [title] + [chapter_variant(title, c["id"]) for c in CHAPTERS]:
            ids[stmt.text_id(name)] = stmt.line_id
    return ids


def thumbnail(app: "App") -> str:
    """The map as the player sees it, without the menu that is open over it, scaled down 5x."""
    frame = pygame.Surface(app.canvas.get_size())
    frame.fill(colour("black"))
    app.explore().draw(frame)
    small = pygame.transform.scale(frame, THUMB_SIZE)  # nearest-neighbour: palette colours only
    buf = io.BytesIO()
    pygame.image.save(small, buf, "thumb.png")
    return base64.b64encode(buf.getvalue()).decode("ascii")
