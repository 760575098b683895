"""Writes the small test maps and their tileset. Run: python tests/maps/make_fixtures.py"""

from __future__ import annotations

import os
from pathlib import Path

os.environ.setdefault("SDL_VIDEODRIVER", "dummy")
import pygame  # noqa: E402

HERE = Path(__file__).parent
# tile ids: 0 floor, 1 wall (solid), 2 overhead beam, 3-4 animated lamp, 5 carpet (soft), 6 rug decor
COLOURS = [(40, 80, 96), (54, 52, 112), (184, 138, 216), (255, 232, 47), (255, 176, 47), (90, 35, 102),
           (255, 47, 168)]


def tileset() -> None:
    img = pygame.Surface((16 * 8, 16), pygame.SRCALPHA)
    for i, c in enumerate(COLOURS):
        if i == 2:
            pygame.draw.rect(img, c, (i * 16, 0, 16, 6))
        elif i == 6:
            pygame.draw.rect(img, c, (i * 16 + 3, 3, 10, 10))
        else:
            img.fill(c, (i * 16, 0, 16, 16))
            pygame.draw.rect(img, (11, 10, 18), (i * 16, 0, 16, 16), 1)
    pygame.image.save(img, str(HERE / "test.png"))
    (HERE / "test.tsx").write_text("""<?xml version="1.0" encoding="UTF-8"?>
<tileset version="1.10" tiledversion="1.10.2" name="test" tilewidth="16" tileheight="16" tilecount="8" columns="8">
 <image source="test.png" width="128" height="16"/>
 <tile id="0"><properties><property name="surface" value="hard"/></properties></tile>
 <tile id="1"><objectgroup draworder="index"><object id="1" x="0" y="0" width="16" height="16"/></objectgroup></tile>
 <tile id="3"><animation><frame tileid="3" duration="250"/><frame tileid="4" duration="250"/></animation></tile>
 <tile id="5"><properties><property name="surface" value="soft"/></properties></tile>
</tileset>
""", encoding="utf-8")


def csv(rows: list[list[int]]) -> str:
    return "\n" + ",\n".join(",".join(str(v) for v in row) for row in rows) + "\n"


def room(w: int, h: int, pillar: bool) -> tuple[list[list[int]], list[list[int]]]:
    floor = [[1] * w for _ in range(h)]  # gid = tile id + 1
    walls = [[0] * w for _ in range(h)]
    for x in range(w):
        walls[0][x] = walls[h - 1][x] = 2
    for y in range(h):
        walls[y][0] = walls[y][w - 1] = 2
    if pillar:
        walls[4][10] = walls[5][10] = 2
        floor[8][3] = floor[8][4] = 6
    return floor, walls


def write_map(name: str, w: int, h: int, objects: str, pillar: bool) -> None:
    floor, walls = room(w, h, pillar)
    overhead = [[0] * w for _ in range(h)]
    overhead[2][5] = 3
    overhead[2][6] = 4
    decor = [[0] * w for _ in range(h)]
    decor[7][7] = 7
    (HERE / f"{name}.tmx").write_text(f"""<?xml version="1.0" encoding="UTF-8"?>
<map version="1.10" tiledversion="1.10.2" orientation="orthogonal" renderorder="right-down" width="{w}" height="{h}" tilewidth="16" tileheight="16" infinite="0" nextlayerid="9" nextobjectid="40">
 <properties>
  <property name="title" value="Test {name}"/>
  <property name="music" value="club"/>
 </properties>
 <tileset firstgid="1" source="test.tsx"/>
 <layer id="1" name="floor" width="{w}" height="{h}">
  <data encoding="csv">{csv(floor)}</data>
 </layer>
 <group id="7" name="furniture">
  <layer id="8" name="decor" width="{w}" height="{h}">
   <data encoding="csv">{csv(decor)}</data>
  </layer>
 </group>
 <layer id="2" name="walls" width="{w}" height="{h}">
  <data encoding="csv">{csv(walls)}</data>
 </layer>
 <objectgroup id="3" name="objects">
{objects} </objectgroup>
 <layer id="4" name="overhead" width="{w}" height="{h}">
  <data encoding="csv">{csv(overhead)}</data>
 </layer>
</map>
""", encoding="utf-8")


def write_golden_map() -> None:
    """golden.tmx: wider and taller than the canvas, so the camera scrolls and people cross the view's
    edge; a beam of overhead tiles with the animated lamp in it; a dim ambient and three lights, one
    flickering. tests/test_golden.py draws it."""
    w, h = 40, 24
    floor, walls = room(w, h, pillar=False)
    for y in (8, 9, 14, 15):
        walls[y][12] = walls[y][27] = 2
    for x in range(6, 34, 5):
        floor[18][x] = floor[18][x + 1] = 6
    overhead = [[0] * w for _ in range(h)]
    for x in range(10, 30):
        overhead[11][x] = 3
    overhead[11][19], overhead[11][20] = 4, 5
    (HERE / "golden.tmx").write_text(f"""<?xml version="1.0" encoding="UTF-8"?>
<map version="1.10" tiledversion="1.10.2" orientation="orthogonal" renderorder="right-down" width="{w}" height="{h}" tilewidth="16" tileheight="16" infinite="0" nextlayerid="5" nextobjectid="5">
 <properties>
  <property name="title" value="Test golden"/>
  <property name="ambient" value="#7078a8"/>
 </properties>
 <tileset firstgid="1" source="test.tsx"/>
 <layer id="1" name="floor" width="{w}" height="{h}">
  <data encoding="csv">{csv(floor)}</data>
 </layer>
 <layer id="2" name="walls" width="{w}" height="{h}">
  <data encoding="csv">{csv(walls)}</data>
 </layer>
 <objectgroup id="3" name="objects">
  <object id="1" name="start" class="spawn" x="360" y="264"/>
  <object id="2" name="lamp" class="light" x="312" y="184"><properties><property name="colour" value="#ffe82f"/><property name="radius" type="int" value="56"/></properties></object>
  <object id="3" name="neon" class="light" x="120" y="120"><properties><property name="colour" value="#ff2fa8"/><property name="radius" type="int" value="40"/><property name="strength" type="float" value="0.9"/></properties></object>
  <object id="4" name="flicker" class="light" x="520" y="300"><properties><property name="colour" value="#2fd8ff"/><property name="radius" type="int" value="48"/><property name="flicker" type="int" value="2"/></properties></object>
 </objectgroup>
 <layer id="4" name="overhead" width="{w}" height="{h}">
  <data encoding="csv">{csv(overhead)}</data>
 </layer>
</map>
""", encoding="utf-8")


def main() -> None:
    pygame.init()
    tileset()
    (HERE / "templates").mkdir(exist_ok=True)
    (HERE / "templates" / "guard.tx").write_text("""<?xml version="1.0" encoding="UTF-8"?>
<template>
 <object class="npc" name="guard" width="16" height="16">
  <properties>
   <property name="actor" value="guard"/>
   <property name="node" value="Guard_Talk"/>
   <property name="facing" value="left"/>
  </properties>
 </object>
</template>
""", encoding="utf-8")
    write_map("room_a", 20, 12, """  <object id="1" name="start" class="spawn" x="80" y="96"/>
  <object id="2" name="from_b" class="spawn" x="264" y="80"><properties><property name="facing" value="left"/></properties></object>
  <object id="3" name="to_b" class="door" x="288" y="64" width="16" height="32">
   <properties><property name="target_map" value="room_b"/><property name="target_spawn" value="from_a"/></properties>
  </object>
  <object id="4" name="bell" class="trigger" x="48" y="144" width="32" height="16">
   <properties><property name="node" value="Bell_Once"/><property name="once" type="bool" value="true"/></properties>
  </object>
  <object id="5" name="mat" class="trigger" x="208" y="144" width="32" height="16">
   <properties><property name="node" value="Mat_Every"/></properties>
  </object>
  <object id="6" template="templates/guard.tx" x="200" y="48"><properties><property name="facing" value="down"/></properties></object>
  <object id="7" name="plant" class="interact" x="32" y="16" width="16" height="16">
   <properties><property name="node" value="Plant_Look"/><property name="label" value="Plant"/></properties>
  </object>
  <object id="8" name="crate" class="collision" x="128" y="128" width="32" height="16"/>
  <object id="9" name="wedge" class="collision" x="240" y="128"><polygon points="0,0 32,0 0,32"/></object>
  <object id="10" name="lamp" class="light" x="96" y="40"><properties><property name="colour" value="#ffe82f"/><property name="radius" type="int" value="40"/></properties></object>
  <object id="11" name="centre" class="marker" x="136" y="112"/>
""", pillar=True)
    write_map("room_b", 10, 8, """  <object id="1" name="from_a" class="spawn" x="40" y="64"><properties><property name="facing" value="right"/></properties></object>
  <object id="2" name="to_a" class="door" x="0" y="48" width="16" height="32">
   <properties><property name="target_map" value="room_a"/><property name="target_spawn" value="from_b"/></properties>
  </object>
""", pillar=False)
    write_golden_map()


if __name__ == "__main__":
    main()
