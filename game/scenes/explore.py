"""The explore scene: a map with the player in it, drawn through pyscroll."""

from __future__ import annotations

import logging

import pygame

from game.director import Fade, Scene, veil
from game.ui.captions import caption_boxes
from game.ui.hud import ObjectiveLine, corner_buttons, draw_corner_buttons, draw_facing, draw_hotspots
from game.world.level import Level, load_level
from game.story.chapters import night_of
from game.world.lighting import Lighting
from game.world.render import MapView
from game.world.tmx import MapError
from game.world.world import World
from game.palette import colour
from game.ui.strings import tr

log = logging.getLogger(__name__)


class Effects:
    """Screen effects that cutscene commands drive: veil (fade), flash, shake, letterbox, emotes."""

    def __init__(self) -> None:
        self.veil = 0
        self.veil_colour = colour("black")
        self.flash = 0
        self.flash_max = 255
        self.flash_colour = colour("white")
        self.shake = 0
        self.letterbox = False
        self.emotes: dict[str, tuple[str, int]] = {}

    def update(self) -> None:
        self.flash = max(0, self.flash - 1)
        self.shake = max(0, self.shake - 1)
        self.emotes = {k: (kind, t - 1) for k, (kind, t) in self.emotes.items() if t > 1}


def set_pieces(world: World, placed: dict) -> dict:
    """The map's `prop` objects whose condition holds (checked as the map loads, like people's),
    as sprites by object name; one a cutscene has already placed stays as it is."""
    from game.world.props import PropSprite, sprite_info
    pieces = {}
    for obj in world.level.doc.objects_of("prop"):
        if obj.name in placed or not world.active(obj):
            continue
        sprite = obj.props.get("sprite") or obj.name
        if sprite_info(sprite) is None:
            world.notes.append(tr("notice.no_sprite", world.level.path.name, obj.label, repr(sprite)))
            continue
        piece = pieces[obj.name] = PropSprite(sprite, obj.x + obj.width / 2, obj.y + obj.height)
        if obj.props.get("animation"):
            piece.play(obj.props["animation"])
    return pieces


class ExploreScene(Scene):
    opaque = True
    pauses_below = True

    def __init__(self, app, map_name: str, spawn: str | None = None,
                 player_pos: tuple[float, float] | None = None, facing: str | None = None) -> None:
        super().__init__(app)
        self.camera_target = None  # an Actor to follow instead of the player, or a (x, y) point
        self.effects = Effects()
        self.props: dict = {}  # name -> PropSprite placed by cutscenes (the craft, props)
        self.objective_line = ObjectiveLine()
        self.playing = False  # the player had control on the last tick (the HUD shows only then)
        self.hints_ticks = 0  # the mouse's hints button shows them for a while
        self.overlay: list[pygame.Rect] = []  # where the HUD and name tags went on the last frame drawn
        self.load(map_name, spawn, player_pos, facing)

    # -- maps ----------------------------------------------------------------------------------
    def load(self, map_name: str, spawn: str | None = None,
             player_pos: tuple[float, float] | None = None, facing: str | None = None) -> None:
        beside = self.level.path.parent if hasattr(self, "level") else None
        cache = self.app.level_cache
        level = cache.get((map_name, beside)) if cache is not None else None
        if level is None:
            level = load_level(map_name, lambda: self.app.ticks, beside)
            if cache is not None:
                cache[(map_name, beside)] = level
        self._install(level, spawn, player_pos, facing)

    def _install(self, level: Level, spawn, player_pos, facing) -> None:
        world = World(level, self.app.story, spawn, player_pos, facing, self.app.condition)
        if not hasattr(self, "level") or self.level.path != level.path:
            self.props = {}  # the craft and other props belong to the map they were placed on
        self.props.update(set_pieces(world, self.props))
        if world.notes:
            for note in world.notes:
                log.warning(note)
            self.app.notify(" / ".join(world.notes), 5.0, problem=False)
        self.level, self.world = level, world
        self.lighting = Lighting(str(level.prop("ambient", "") or ""), level.doc.objects_of("light"))
        self.mapview = MapView(level, self.lighting)
        self.app.story.map = level.name
        if self.app.audio is not None:
            self.app.audio.play_music(level.prop("music") or None)
            self.app.audio.set_ambience(level.prop("ambience") or None)

    def change_map(self, map_name: str, spawn: str) -> None:
        """Fade out, load the target map at its spawn, fade in (what a door does)."""
        def swap() -> None:
            try:
                self.load(map_name, spawn)
                self.app.sfx("door_close")
            except MapError as exc:
                self.app.notify(str(exc))
        self.app.sfx("door_open")
        self.open(Fade(self.app, swap, out_ticks=15, in_ticks=15))

    def reload(self) -> None:
        """Hot reload: map, tilesets, templates and dialogue from disk; the player stays put."""
        p = self.world.player
        try:
            from game.world.proptypes import project_types
            project_types.cache_clear()
            level = load_level(str(self.level.path), lambda: self.app.ticks)
            self._install(level, None, (p.x, p.y), p.facing)
            reload_dialogue = getattr(self.app, "reload_dialogue", None)
            if reload_dialogue:
                reload_dialogue()
            if not self.world.notes:
                self.app.notify(tr("notice.reloaded", self.level.path.name, self.level.path.parent), 1.5, problem=False)
        except Exception as exc:  # a designer's broken file must not end the game; the message names it
            self.app.notify(tr("notice.reload_failed", exc))

    # -- simulation ----------------------------------------------------------------------------
    @property
    def cutscene_depth(self) -> int:
        """How many scenes on the stack (talk, overlays, the runway) have taken the player's control."""
        return sum(1 for scene in self.app.director.stack if scene.takes_control)

    @property
    def controllable(self) -> bool:
        return self.cutscene_depth == 0

    def update(self, is_top: bool) -> None:
        inp = self.app.input
        control = is_top and self.controllable
        move = (0, 0)
        if control:
            if "reload" in inp.pressed:
                self.reload()
                return
            if "menu" in inp.pressed and self.app.open_pause():
                return
            clicked = self._corner_button(inp.clicks)
            if "journal" in inp.pressed or clicked == "journal":
                from game.scenes.journal import JournalScene
                self.open(JournalScene(self.app))
                return
            if clicked == "history":
                from game.scenes.history import HistoryScene
                self.open(HistoryScene(self.app))
                return
            if clicked == "menu" and self.app.open_pause():
                return
            if clicked == "hints":
                self.hints_ticks = 0 if self.hints_ticks else 240
            if "interact" in inp.pressed:
                self.world.interact()
            move = inp.move_vector()
            for cx, cy, button in inp.clicks:
                if button == 3:  # right-click: the pause menu, as in most mouse games
                    if self.app.open_pause():
                        return
                elif not clicked:
                    self._click(cx, cy)
        self.world.update(move, allow_control=control)
        self.playing = control
        self.hints_ticks = max(0, self.hints_ticks - 1) if control else 0
        self.objective_line.update(self.app.story.objective, control, self.showing_hints)
        self._footsteps()
        self.effects.update()
        for prop in self.props.values():
            prop.update()
        self.app.story.play_ticks += 1
        self._handle_events()

    @property
    def showing_hints(self) -> bool:
        """Hotspots and the objective: while `hints` is held, or for a while after the corner button."""
        return self.playing and ("hints" in self.app.input.held or self.hints_ticks > 0)

    def _corner_button(self, clicks) -> str:
        for cx, cy, button in clicks:
            for action, _text, rect in corner_buttons(self.app.canvas.get_width()):
                if button == 1 and rect.collidepoint(cx, cy):
                    return action
        return ""

    def _footsteps(self) -> None:
        """A step sound on every other walk frame, by the floor tile's `surface` (hard or soft)."""
        player = self.world.player
        if player.moving and player.walk_ticks % 16 == 1:
            self.app.sfx(f"step_{self.level.surface_at(player.x, player.y - 2)}")

    def _click(self, cx: int, cy: int) -> None:
        mx, my = self.canvas_to_map(cx, cy)
        actor, obj = self.world.pick(mx, my)
        if actor is not None or obj is not None:
            self.world.walk_to_use(actor, obj)
        else:
            t = self.level.tile
            self.world.walk_player_to((int(mx // t), int(my // t)))

    def _handle_events(self) -> None:
        events, self.world.events = self.world.events, []
        for ev in events:
            if ev.kind == "door":
                self.change_map(ev.target_map, ev.target_spawn)
                return
            if ev.kind == "node" and ev.node:
                self.app.start_dialogue(ev.node)

    # -- drawing -------------------------------------------------------------------------------
    def view(self, canvas_size: tuple[int, int]) -> pygame.Rect:
        return self.mapview.area(canvas_size)

    def camera_center(self) -> tuple[float, float]:
        target = self.camera_target or self.world.player
        if isinstance(target, tuple):
            return target
        return target.x, target.y - 12

    def map_offset(self, canvas_size: tuple[int, int]) -> tuple[int, int]:
        return self.mapview.offset(canvas_size, self.camera_center())

    def canvas_to_map(self, cx: int, cy: int) -> tuple[float, float]:
        ox, oy = self.map_offset(self.app.canvas.get_size())
        return cx - ox, cy - oy

    def draw(self, surface: pygame.Surface) -> None:
        self.lighting.set_night(night_of(self.app.story.chapter))
        things = [*self.world.all_actors(), *self.props.values()]
        offset = self.mapview.draw(surface, self.camera_center(), things, self.app.ticks)
        self._draw_effects(surface, offset)
        self.overlay = []
        if self.playing:
            self._draw_hud(surface, offset)

    def _draw_hud(self, surface: pygame.Surface, offset: tuple[int, int]) -> None:
        """The name tags, each clear of the corner buttons, the objective line, the app's notice,
        the others and the captions (which the app draws clear of all these: see covers); then the
        buttons and the line over the frames of things beneath them."""
        hud = [rect for _action, _text, rect in corner_buttons(surface.get_width())]
        if self.objective_line.visible:
            hud.append(self.objective_line.layout(surface.get_width())[1])
        taken = hud + [box for _rows, box in self.app.notice(hud)]  # the app's notice goes there
        captions = [box for _rows, box in caption_boxes(surface.get_rect(), self.app.captions.lines(), taken)]
        if self.showing_hints:
            tags = draw_hotspots(surface, self.world, offset, taken + captions)
        else:
            tags = draw_facing(surface, self.world, offset, self.app.input, taken + captions)
        draw_corner_buttons(surface, "hints" if self.showing_hints else "")
        self.objective_line.draw(surface)
        self.overlay = hud + tags

    def covers(self) -> list[pygame.Rect]:
        return self.overlay

    def _draw_effects(self, surface: pygame.Surface, offset: tuple[int, int]) -> None:
        fx = self.effects
        if fx.emotes:  # rare: a cutscene's moment, so no walk over everyone on the other frames
            self._draw_emotes(surface, offset)
        w, h = surface.get_size()
        if fx.veil:
            surface.blit(veil((w, h), fx.veil_colour, fx.veil), (0, 0))
        if fx.flash:
            surface.blit(veil((w, h), fx.flash_colour, min(fx.flash_max, fx.flash * 24)), (0, 0))
        if fx.letterbox:
            surface.fill(colour("black"), (0, 0, w, 22))
            surface.fill(colour("black"), (0, h - 22, w, 22))
        if fx.shake:
            dx = (-2, 2, -1, 1)[fx.shake % 4]
            surface.scroll(dx, 0)

    def _draw_emotes(self, surface: pygame.Surface, offset: tuple[int, int]) -> None:
        from game.stage.commands.actors import EMOTES
        from game.ui.text import font
        emotes = self.effects.emotes
        for actor in self.world.all_actors():
            if actor.name in emotes or actor.id in emotes:
                kind, _ = emotes.get(actor.name) or emotes[actor.id]
                x, y = round(actor.x + offset[0]), round(actor.y - 36 + offset[1])
                bubble = pygame.Rect(0, 0, 16, 12)
                bubble.midbottom = (x, y)
                pygame.draw.rect(surface, colour("white"), bubble)
                pygame.draw.rect(surface, colour("black"), bubble, 1)
                font("small").draw(surface, EMOTES.get(kind, kind), (x, bubble.y + 2), colour("black"), align="center")

    def describe(self) -> dict:
        p = self.world.player
        return {"scene": "ExploreScene", "map": self.level.name, "player": p.id,
                "x": round(p.x, 2), "y": round(p.y, 2), "tile": list(p.tile(self.level.tile)),
                "facing": p.facing}
