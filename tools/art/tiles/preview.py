"""Previews for eyes, not for the game: every sheet at 3x and a small mock room per set, in /tmp.

python tools/art/tiles/preview.py  ->  /tmp/tiles_<set>_sheet.png, /tmp/tiles_<set>_room.png
Rooms are composed only by tile/block names from the JSON index, the way map builders will.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from PIL import Image

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from lib import ROOT, rng  # noqa: E402

TILES = ROOT / "assets" / "sprites" / "tiles"
OUT = Path("/tmp")


class Room:
    def __init__(self, set_name: str, w: int, h: int, frame: int = 0):
        self.index = json.loads((TILES / f"{set_name}.json").read_text())
        self.image = Image.open(TILES / f"{set_name}.png").convert("RGBA")
        self.canvas = Image.new("RGBA", (w * 16, h * 16), (0, 0, 0, 255))
        self.frame = frame
        self.name = set_name

    def _tile(self, tid: int) -> Image.Image:
        x, y = (tid % 16) * 16, (tid // 16) * 16
        return self.image.crop((x, y, x + 16, y + 16))

    def put(self, name: str, x: int, y: int) -> None:
        frames = self.index.get("frames", {}).get(name)
        if name in self.index["blocks"]:
            first, bw, bh = self.index["blocks"][name]
            if frames:
                first = frames[self.frame % len(frames)]
            for j in range(bh):
                for i in range(bw):
                    t = self._tile(first + j * 16 + i)
                    self.canvas.alpha_composite(t, ((x + i) * 16, (y + j) * 16))
        else:
            tid = frames[self.frame % len(frames)] if frames else self.index["tiles"][name]
            self.canvas.alpha_composite(self._tile(tid), (x * 16, y * 16))

    def area(self, names, x: int, y: int, w: int, h: int) -> None:
        """Fill with a seeded mix of variant names (no visible repeat pattern)."""
        names = [names] if isinstance(names, str) else names
        r = rng("room", self.name, x, y, w, h)
        for j in range(h):
            for i in range(w):
                self.put(r.choice(names), x + i, y + j)

    def row(self, names: list[str], x: int, y: int) -> None:
        for i, n in enumerate(names):
            self.put(n, x + i, y)

    def save(self, path: Path, scale: int = 3) -> None:
        self.canvas.resize((self.canvas.width * scale, self.canvas.height * scale), Image.NEAREST).save(path)


def sheet_preview(set_name: str) -> None:
    img = Image.open(TILES / f"{set_name}.png").convert("RGBA")
    bg = Image.new("RGBA", img.size, (40, 40, 40, 255))
    for y in range(0, img.height, 8):  # checker shows transparency
        for x in range(0, img.width, 8):
            if (x // 8 + y // 8) % 2:
                bg.paste((60, 60, 60, 255), (x, y, x + 8, y + 8))
    bg.alpha_composite(img)
    bg.resize((img.width * 3, img.height * 3), Image.NEAREST).save(OUT / f"tiles_{set_name}_sheet.png")


def box_walls(r: Room, w: int, h: int) -> None:
    """Wall tops round the room edge: rims face inwards, inner corners at the joins."""
    r.row(["wall_top_in_se"] + ["wall_top_s"] * (w - 2) + ["wall_top_in_sw"], 0, 0)
    for y in range(1, h - 1):
        r.put("wall_top_e", 0, y)
        r.put("wall_top_w", w - 1, y)
    r.row(["wall_top_in_ne"] + ["wall_top_n"] * (w - 2) + ["wall_top_in_nw"], 0, h - 1)


def front(r: Room, paint: str, x: int, w: int, y: int = 1) -> None:
    for i in range(w):
        r.put(f"wall_{paint}_{1 + (i * 5 + x) % 3}", x + i, y)
        r.put(f"wall_{paint}_base", x + i, y + 1)


def interior_room(frame=0) -> Room:
    r = Room("interior", 20, 12, frame)
    r.area(["floor_wood_1", "floor_wood_2", "floor_wood_3"], 1, 3, 18, 8)
    r.area("floor_wood_shadow", 1, 3, 18, 1)
    box_walls(r, 20, 12)
    front(r, "paper", 1, 18)
    r.row(["window_top_l", "window_top_m", "window_top_m2", "window_top_m", "window_top_r"], 6, 1)
    r.row(["window_low_l", "window_low_m", "window_low_m2", "window_low_m", "window_low_r"], 6, 2)
    r.put("door_closed", 2, 1)
    r.put("art_1", 4, 1); r.put("art_3", 12, 1)
    r.put("shelf_encyclopaedia", 14, 1)
    r.put("plant", 17, 1)
    r.put("telescope", 11, 2)
    for j, row in enumerate(("nw n n n ne", "w c c c e", "sw s s s se")):
        r.row([f"rug_magenta_{k}" for k in row.split()], 6, 6 + j)
    r.put("coffee_table", 7, 7)
    r.put("sofa_modular", 6, 8)
    r.put("chair_chrome", 10, 5)
    r.put("hifi", 2, 4)
    r.put("lamp_arc", 5, 7)
    r.put("dining_table", 14, 7)
    r.put("chair_s", 15, 6); r.put("chair_s", 16, 6); r.put("chair_n", 15, 9); r.put("chair_n", 16, 9)
    r.put("bar_cart", 18, 4)
    r.put("phone_table", 1, 7)
    r.put("tv_console", 3, 9)
    r.put("lava_lamp", 12, 5)
    return r


def apartment_rooms(frame=0) -> Room:
    """Bedroom | bathroom | kitchen, split by inner walls: checks the wall autotiles join up."""
    r = Room("interior", 22, 12, frame)
    r.area(["floor_carpet_1", "floor_carpet_2", "floor_carpet_3"], 1, 3, 8, 8)
    r.area("floor_carpet_shadow", 1, 3, 8, 1)
    r.area(["floor_bath_1", "floor_bath_2", "floor_bath_3"], 10, 3, 5, 8)
    r.area("floor_bath_shadow", 10, 3, 5, 1)
    r.area(["floor_check_1", "floor_check_2", "floor_check_3"], 16, 3, 5, 8)
    r.area("floor_check_shadow", 16, 3, 5, 1)
    box_walls(r, 22, 12)
    front(r, "paint", 1, 8); front(r, "tiles", 10, 5); front(r, "tiles", 16, 5)
    for x in (9, 15):
        r.put("wall_top_in_s", x, 0)
        for y in range(1, 11):
            r.put("wall_top_ew", x, y)
        r.put("wall_top_in_n", x, 11)
    r.put("wall_paint_r", 8, 1); r.put("wall_paint_base_r", 8, 2)
    r.put("wall_tiles_l", 10, 1); r.put("wall_tiles_base_l", 10, 2)
    r.put("bed", 2, 2); r.put("table_lamp", 1, 3); r.put("phone_table", 4, 3)
    r.put("wardrobe_lacquer", 6, 1); r.put("clothes_rack", 6, 8); r.put("art_2", 5, 1)
    r.put("tub", 10, 2); r.put("mirror", 13, 1); r.put("bath_sink", 13, 3); r.put("toilet", 13, 6)
    r.row(["counter_l", "counter_m", "counter_stove", "counter_sink"], 16, 3)
    r.put("fridge", 20, 2)
    r.put("plant", 20, 8)
    r.put("stairs_up", 2, 9)
    return r


def club_room(frame=0) -> Room:
    r = Room("club", 24, 14, frame)
    r.area(["floor_concrete_1", "floor_concrete_2", "floor_concrete_3"], 1, 3, 22, 10)
    r.area("floor_concrete_shadow", 1, 3, 22, 1)
    box_walls(r, 24, 14)
    front(r, "brick", 1, 22)
    r.put("entrance_door", 2, 1)
    r.put("neon_bar", 18, 1); r.put("neon_dance", 9, 1); r.put("neon_bolt", 6, 1); r.put("neon_eye", 14, 1)
    r.put("poster_1", 5, 2); r.put("poster_2", 21, 2) ; r.put("poster_3", 15, 2)
    r.put("dj_booth", 10, 3)
    r.put("speaker", 8, 2); r.put("speaker", 14, 2)
    dances = [f"dance_{n}" for n in range(1, 9)]
    for j in range(5):
        for i in range(8):
            r.put(dances[(i * 3 + j * 5) % 8], 8 + i, 5 + j)
    for y in range(5, 12):
        r.put("runway_l", 3, y); r.put("runway_r", 4, y)
    r.put("runway_end_l", 3, 12); r.put("runway_end_r", 4, 12)
    for y in (7, 9, 11):
        r.put("audience_chair", 2, y); r.put("audience_chair", 5, y); r.put("audience_chair", 6, y)
    r.row(["bar_l", "bar_m", "bar_m2", "bar_m", "bar_r"], 18, 4)
    for x in range(18, 23):
        r.put("bar_stool", x, 5)
    for x in range(20, 23):
        r.put(f"bottle_shelf_{1 + x % 3}", x, 2)
    r.put("banquette", 20, 11)
    r.put("cigarette_machine", 22, 10)
    r.row(["rope_l", "rope_m", "rope_r"], 1, 4)
    return r


def backstage_room(frame=0) -> Room:
    r = Room("club", 12, 8, frame)
    r.area(["floor_backstage_1", "floor_backstage_2", "floor_backstage_3"], 1, 3, 10, 4)
    r.area("floor_backstage_shadow", 1, 3, 10, 1)
    box_walls(r, 12, 8)
    front(r, "concrete", 1, 10)
    r.put("bulb_mirror", 2, 1); r.put("bulb_mirror", 5, 1)
    r.put("makeup_table", 2, 3); r.put("makeup_table", 5, 3)
    r.put("clothes_rack", 8, 1)
    r.put("hand_mirror", 9, 5)
    return r


def rooftop_room(frame=0) -> Room:
    r = Room("rooftop", 20, 12, frame)
    r.put("city_north_2", 0, 0)  # the Empire State stands in the second block
    r.put("city_north_3", 16, 0)
    r.row(["parapet_top_nw"] + ["parapet_top_ns"] * 18 + ["parapet_top_ne"], 0, 3)
    for i in range(1, 19):
        r.put(f"wall_parapet_{1 + (i * 7) % 3}" if i % 4 else "wall_parapet_base", i, 4)
    r.area(["floor_tar_1", "floor_tar_2", "floor_tar_3", "floor_tar_4", "floor_tar_1"], 1, 5, 18, 7)
    r.area("floor_tar_shadow", 1, 5, 18, 1)
    for y in range(4, 12):
        r.put("parapet_top_ew", 0, y); r.put("parapet_top_ew", 19, y)
    r.put("access_hut", 1, 5)
    r.put("water_tower", 14, 4)
    r.put("skylight", 6, 8)
    r.put("chimney", 11, 8)
    r.put("vent", 4, 9); r.put("vent", 12, 10)
    r.put("ac_unit", 8, 5)
    r.put("puddle_1", 10, 8); r.put("puddle_2", 3, 10); r.put("puddle_3", 17, 10)
    r.put("mark_x", 11, 7); r.put("mark_t", 13, 8)
    r.row(["mark_h"] * 3, 10, 10)
    r.put("photo_light", 15, 8)
    r.put("landing_mark", 2, 9)
    return r


def street_room(frame=0) -> Room:
    r = Room("street", 24, 14, frame)
    r.row(["roof_edge_s"] * 24, 0, 0)
    for i in range(24):
        paint = "brick" if i < 13 else "stone"
        r.put(f"wall_{paint}_{1 + (i * 5) % 3}", i, 1)
        r.put(f"wall_{paint}_{1 + (i * 7) % 3}", i, 2)
        r.put(f"wall_{paint}_base", i, 3)
    for i, w in enumerate(["window_brick_lit_1", "window_brick_dark_1", "window_brick_tv", "window_brick_dark_2"]):
        r.put(w, 1 + i * 3, 1)
    for i, w in enumerate(["window_stone_dark_1", "window_stone_lit_2", "window_stone_lit_1"]):
        r.put(w, 14 + i * 3, 1)
    r.put("entrance_44", 5, 2); r.put("entrance_45", 17, 2)
    r.row(["awning_l", "awning_m", "awning_m", "awning_r"], 9, 2)
    r.put("sign_bar", 10, 1); r.put("sign_deli", 20, 3)
    r.area(["floor_sidewalk_1", "floor_sidewalk_2", "floor_sidewalk_3", "floor_sidewalk_4"], 0, 4, 24, 2)
    r.area("floor_sidewalk_shadow", 0, 4, 24, 1)
    for i in range(24):
        r.put(f"kerb_{1 + i % 2}" if i % 5 else "kerb_2", i, 6)
    r.area(["floor_asphalt_1", "floor_asphalt_2", "floor_asphalt_3", "floor_asphalt_4", "floor_asphalt_1"], 0, 7, 24, 4)
    for i in range(24):
        r.put("road_dash_h", i, 8) if i % 2 else None
    for y in range(7, 11):
        r.put("road_crosswalk", 20, y); r.put("road_crosswalk", 21, y)
    for i in range(24):
        r.put(f"kerb_top_{1 + i % 2}", i, 11)
    r.area(["floor_sidewalk_1", "floor_sidewalk_2", "floor_sidewalk_3", "floor_sidewalk_4"], 0, 12, 24, 2)
    r.put("sidewalk_glow", 1, 4); r.put("sidewalk_glow", 18, 4); r.put("sidewalk_glow", 7, 12)
    r.put("taxi", 6, 8)
    r.put("manhole", 14, 8)
    r.put("street_lamp", 2, 3); r.put("street_lamp_flicker", 19, 3)
    r.put("payphone", 13, 4)
    r.put("hydrant", 16, 5); r.put("trash_can", 11, 5); r.put("news_box", 12, 5)
    r.put("street_lamp", 8, 11); r.put("trash_can", 17, 12)
    return r


def deck_room(frame=0) -> Room:
    r = Room("deck", 20, 12, frame)
    r.put("view_2", 0, 0)  # the Twin Towers stand in the second block
    r.put("view_3", 16, 0)
    for i in range(20):
        r.put("fence_post" if i % 5 == 0 else "fence_1", i, 2)
    r.row(["parapet_top_ns"] * 20, 0, 3)
    for i in range(20):
        r.put("wall_stone_base" if i % 3 else "wall_stone_1", i, 4)
    r.area(["floor_quarry_1", "floor_quarry_2", "floor_quarry_3", "floor_quarry_1"], 0, 5, 20, 4)
    r.area("floor_quarry_shadow", 0, 5, 20, 1)
    r.row(["wall_top_s"] * 0, 0, 9)
    r.row(["parapet_top_s"] * 20, 0, 9)
    for i in range(20):
        r.put(f"wall_glass_{1 + (i * 7) % 3}", i, 10)
        r.put("wall_glass_base", i, 11)
    r.put("glass_doors", 8, 10)
    r.put("binoculars", 3, 4); r.put("binoculars", 12, 4)
    r.put("telescope", 16, 4)
    r.put("bench", 5, 7)
    r.put("kiosk", 15, 7)
    r.put("sign_closed", 10, 6)
    return r


def facade_room(frame=0) -> Room:
    r = Room("facade", 16, 12, frame)
    r.area(["sky_top_1", "sky_top_2", "sky_top_3"], 0, 0, 16, 1)
    r.area(["sky_low_1", "sky_low_2", "sky_low_3"], 0, 1, 16, 1)
    r.area(["roof_edge_1", "roof_edge_1", "roof_edge_2", "roof_edge_3"], 0, 2, 16, 1)
    r.put("water_tower_silhouette", 10, 0)
    r.row(["cornice_l"] + ["cornice_m"] * 14 + ["cornice_r"], 0, 3)
    r.area(["brick_1", "brick_1", "brick_2", "brick_3"], 0, 4, 16, 8)
    r.row(["penthouse_top_l", "penthouse_top_m", "penthouse_top_m", "penthouse_top_figure", "penthouse_top_m", "penthouse_top_r"], 5, 4)
    r.row(["penthouse_low_l", "penthouse_low_m", "penthouse_low_m", "penthouse_low_figure", "penthouse_low_m", "penthouse_low_r"], 5, 5)
    wins = ["window_dark_1", "window_lit_1", "window_dark_2", "window_lit_2", "window_tv", "window_lit_3",
            "window_figure", "window_dark_1", "window_two_figures", "window_blink"]
    k = 0
    for y in (7, 9, 11):
        for x in (1, 3, 5, 7, 9, 11, 13):
            r.put(wins[(k * 7) % len(wins)], x, y); k += 1
    r.put("window_dark_1", 1, 5); r.put("window_lit_1", 13, 5)
    return r


ROOMS = {"interior": interior_room, "club": club_room, "rooftop": rooftop_room, "street": street_room, "deck": deck_room, "facade": facade_room}
EXTRA = {"club_backstage": backstage_room, "interior_rooms": apartment_rooms}


def main() -> None:
    for name in json_sets():
        sheet_preview(name)
        if name in ROOMS:
            ROOMS[name]().save(OUT / f"tiles_{name}_room.png")
            ROOMS[name](1).save(OUT / f"tiles_{name}_room_f1.png")
        print(name)
    for name, fn in EXTRA.items():
        fn().save(OUT / f"tiles_{name}_room.png")


def json_sets():
    return sorted(p.stem for p in TILES.glob("*.json"))


if __name__ == "__main__":
    main()
