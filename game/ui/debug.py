"""The F3 debug overlay: frame time, the player's tile, collision shapes, objects with names."""

from __future__ import annotations

import pygame

from game.palette import colour
from game.ui.text import font

CLASS_COLOURS = {"spawn": "acid", "door": "yellow", "npc": "pink", "interact": "cyan", "trigger": "orange",
                 "marker": "lilac", "collision": "red", "light": "amber"}


def draw_debug(app, surface: pygame.Surface) -> None:
    small = font("small")
    explore = app.explore()
    lines = [f"frame {app.frame_ms:.2f} ms  tick {app.ticks}"]
    if explore is not None:
        ox, oy = explore.map_offset(surface.get_size())
        area = explore.view(surface.get_size())
        clip = surface.get_clip()
        surface.set_clip(area)
        for rect in explore.level.collision.rects:
            r = rect.move(ox, oy)
            if r.colliderect(area):
                pygame.draw.rect(surface, colour("red"), r, 1)
        for obj in explore.level.doc.objects:
            col = colour(CLASS_COLOURS.get(obj.cls, "white"))
            r = pygame.Rect(round(obj.x + ox), round(obj.y + oy), max(2, round(obj.width)), max(2, round(obj.height)))
            if not r.colliderect(area.inflate(40, 40)):
                continue
            if obj.points:
                pygame.draw.polygon(surface, col, [(px + ox, py + oy) for px, py in obj.points], 1)
            else:
                pygame.draw.rect(surface, col, r, 1)
            small.draw(surface, obj.name or f"#{obj.id}", (r.x, r.y - 8), col, shadow=colour("black"))
        for actor in explore.world.all_actors():
            pygame.draw.rect(surface, colour("acid"), actor.feet_rect().move(ox, oy), 1)
        surface.set_clip(clip)
        p = explore.world.player
        tx, ty = p.tile(explore.level.tile)
        lines.append(f"{explore.level.name}  tile {tx},{ty}  px {p.x:.0f},{p.y:.0f}  {p.facing}")
    lines.append(" > ".join(s.describe()["scene"] for s in app.director.stack))
    for i, text in enumerate(lines):
        small.draw(surface, text, (4, 4 + i * 9), colour("white"), shadow=colour("black"))
