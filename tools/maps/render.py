"""Render whole maps to PNG at 1x, the way the game draws them: ground layers, people and set pieces
(every `prop`, whatever its condition, as every person is drawn), overhead, then the night lighting.
For looking at maps and for docs/screenshots.

    python tools/maps/render.py club penthouse --out /tmp      # /tmp/club.png ...
    python tools/maps/render.py --all --scale 2 --no-light --outline
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

os.environ.setdefault("SDL_VIDEODRIVER", "dummy")
os.environ.setdefault("SDL_AUDIODRIVER", "dummy")
sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

import pygame  # noqa: E402
import pytmx  # noqa: E402

OUTLINE = {"spawn": (47, 240, 255), "door": (255, 232, 47), "interact": (168, 255, 47),
           "trigger": (255, 106, 31), "marker": (184, 138, 216), "light": (255, 176, 47),
           "prop": (47, 232, 255)}


def render(source: str, light: bool = True, outline: bool = False) -> pygame.Surface:
    from game.world.actors import Actor
    from game.world.level import load_level
    from game.world.lighting import Lighting
    from game.world.props import PropSprite

    level = load_level(source, lambda: 0)
    w, h = level.doc.pixel_size
    out = pygame.Surface((w, h))
    people = []
    for obj in level.doc.objects_of("npc"):
        actor = Actor(obj.props.get("actor") or obj.name, obj.x + obj.width / 2, obj.y + obj.height,
                      obj.props.get("facing") or "down")
        people.append(actor)
    for obj in level.doc.objects_of("prop"):
        piece = PropSprite(obj.props.get("sprite") or obj.name, obj.x + obj.width / 2, obj.y + obj.height)
        if obj.props.get("animation"):
            piece.play(obj.props["animation"])
        people.append(piece)

    def draw_layer(layer) -> None:
        if not isinstance(layer, pytmx.TiledTileLayer) or not layer.visible:
            return
        for x, y, image in layer.tiles():
            out.blit(image, (x * level.tile, y * level.tile))

    for i, layer in enumerate(level.tmx.layers):
        draw_layer(layer)
        if i == level.actor_layer:
            for thing in sorted(people, key=lambda a: a.y):
                image = thing.image(0)
                out.blit(image, thing.draw_rect(image) if isinstance(thing, Actor)
                         else image.get_rect(midbottom=(round(thing.x), round(thing.y))))
    if light:
        lighting = Lighting(str(level.prop("ambient", "") or ""), level.doc.objects_of("light"))
        lighting.draw(out, (0, 0), out.get_rect(), 0)
    if outline:
        for obj in level.doc.objects:
            colour = OUTLINE.get(obj.cls)
            if colour is None:
                continue
            if obj.width or obj.height:
                pygame.draw.rect(out, colour, (obj.x, obj.y, obj.width, obj.height), 1)
            else:
                pygame.draw.circle(out, colour, (round(obj.x), round(obj.y)), 3, 1)
    return out


def main(argv: list[str] | None = None) -> int:
    from game.world.level import available_maps

    p = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    p.add_argument("maps", nargs="*")
    p.add_argument("--all", action="store_true")
    p.add_argument("--out", type=Path, default=Path("/tmp"))
    p.add_argument("--scale", type=int, default=1)
    p.add_argument("--no-light", action="store_true")
    p.add_argument("--outline", action="store_true", help="outline objects (doors, interact ...)")
    args = p.parse_args(argv)
    pygame.display.init()
    pygame.display.set_mode((1, 1))
    args.out.mkdir(parents=True, exist_ok=True)
    for name in (available_maps() if args.all else args.maps):
        image = render(name, not args.no_light, args.outline)
        if args.scale != 1:
            image = pygame.transform.scale_by(image, args.scale)
        path = args.out / f"{Path(name).stem}.png"
        pygame.image.save(image, str(path))
        print(path)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
