"""The penthouse building's face and roof as Johann sees it from Sylvia's window: the picture
the telescope view draws. The penthouse windows are left empty; the markers window_living,
window_bedroom and roof_edge tell the telescope view where to draw whoever is inside or up there.
The water towers are on the overhead layer: the craft the telescope tracks goes behind them; the
steam_* markers are the roof vents its steam rises from (game/scenes/telescope.py).

Legend: s/S night sky (upper, lower); r the roof's edge; c the cornice; b brick.
"""

META = dict(width=30, height=20, sets=["facade"], title="No. 44, from across the street", music="dinner",
            ambience="city_night", ambient="#6a6a9a")

LEGEND = {
    "s": ("floor", "sky_top_1", "sky_top_2", "sky_top_3"),
    "S": ("floor", "sky_low_1", "sky_low_2", "sky_low_3"),
    "r": ("floor", "roof_edge_1", "roof_edge_1", "roof_edge_2", "roof_edge_3"),
    "c": ("floor", "cornice_m"),
    "b": ("floor", "brick_1", "brick_1", "brick_2", "brick_3"),
}

LAYOUT = """
ssssssssssssssssssssssssssssss
SSSSSSSSSSSSSSSSSSSSSSSSSSSSSS
rrrrrrrrrrrrrrrrrrrrrrrrrrrrrr
cccccccccccccccccccccccccccccc
bbbbbbbbbbbbbbbbbbbbbbbbbbbbbb
bbbbbbbbbbbbbbbbbbbbbbbbbbbbbb
bbbbbbbbbbbbbbbbbbbbbbbbbbbbbb
bbbbbbbbbbbbbbbbbbbbbbbbbbbbbb
bbbbbbbbbbbbbbbbbbbbbbbbbbbbbb
bbbbbbbbbbbbbbbbbbbbbbbbbbbbbb
bbbbbbbbbbbbbbbbbbbbbbbbbbbbbb
bbbbbbbbbbbbbbbbbbbbbbbbbbbbbb
bbbbbbbbbbbbbbbbbbbbbbbbbbbbbb
bbbbbbbbbbbbbbbbbbbbbbbbbbbbbb
bbbbbbbbbbbbbbbbbbbbbbbbbbbbbb
bbbbbbbbbbbbbbbbbbbbbbbbbbbbbb
bbbbbbbbbbbbbbbbbbbbbbbbbbbbbb
bbbbbbbbbbbbbbbbbbbbbbbbbbbbbb
bbbbbbbbbbbbbbbbbbbbbbbbbbbbbb
bbbbbbbbbbbbbbbbbbbbbbbbbbbbbb
"""

LOWER_WINDOWS = ["window_dark_1", "window_lit_1", "window_dark_2", "window_lit_2", "window_tv", "window_lit_3",
                 "window_figure", "window_dark_1", "window_two_figures", "window_blink", "window_dark_2"]


def furnish(b):
    b.block("water_tower_silhouette", 22, 0, over=3)
    b.block("water_tower_silhouette", 2, 0, over=3)
    b.put("floor", 0, 3, "cornice_l")
    b.put("floor", b.w - 1, 3, "cornice_r")
    # the penthouse: the big living-room windows and the bedroom's, empty so the view can fill them
    b.row("floor", 4, 4, ["penthouse_top_l"] + ["penthouse_top_m"] * 9 + ["penthouse_top_r"])
    b.row("floor", 4, 5, ["penthouse_low_l"] + ["penthouse_low_m"] * 9 + ["penthouse_low_r"])
    b.row("floor", 19, 4, ["penthouse_top_l", "penthouse_top_m", "penthouse_top_m", "penthouse_top_r"])
    b.row("floor", 19, 5, ["penthouse_low_l", "penthouse_low_m", "penthouse_low_m", "penthouse_low_r"])
    b.put("floor", 1, 5, "window_dark_1")
    b.put("floor", 27, 5, "window_lit_1")
    k = 0
    for y in (8, 11, 14, 17):
        for x in range(1, b.w, 3):
            b.put("floor", x, y, LOWER_WINDOWS[(k * 7 + y) % len(LOWER_WINDOWS)])
            k += 1

    # the fire escape zigzags down one column of windows: a landing under each, ladders between
    for y in (8, 11, 14, 17):
        for x in (12, 13, 14):
            b.put("decor", x, y, "fire_escape_landing")
        if y < 17:
            b.put("decor", 14 if y % 2 else 12, y + 1, "fire_escape_ladder")
            b.put("decor", 14 if y % 2 else 12, y + 2, "fire_escape_ladder")

    b.spawn("view", 14, 10, "up", default=True)
    b.marker("window_living", 9, 5)
    b.marker("window_bedroom", 20, 5)
    b.marker("roof_edge", 14, 2)
    # the craft stands on the roof behind the parapet: its feet on the parapet's top edge (y 40, a
    # person's feet are 2 px up from their tile's bottom), not up in the sky over it
    b.marker("ufo_over_roof", 12, (40 + 2) / 16 - 1)
    b.marker("water_tower", 23, 2)
    b.marker("steam_1", 9, 2)
    b.marker("steam_2", 17, 2)

    b.interact("living_window", 4, 4, 11, 2, "Facade_Living_Window", "Living room")
    b.interact("bedroom_window", 19, 4, 4, 2, "Facade_Bedroom_Window", "Bedroom")
    b.interact("roof_edge", 6, 2, 10, 1, "Facade_Roof_Edge", "Roof")
    b.interact("water_tower", 22, 0, 3, 3, "Facade_Water_Tower", "Water tower")
    b.interact("sky", 7, 0, 5, 2, "Facade_Sky", "Sky")
    b.interact("cornice", 0, 3, 3, 1, "Facade_Cornice", "Cornice")
    b.interact("dark_window", 1, 5, 1, 1, "Facade_Dark_Window", "Window")
    b.interact("corner_window", 27, 5, 1, 1, "Facade_Corner_Window", "Window")
    b.interact("lower_floors", 0, 7, 30, 3, "Facade_Lower_Floors", "Windows below")
    b.interact("street_floors", 0, 13, 30, 6, "Facade_Street_Floors", "Lower floors")

    for name, x, y, colour, r, strength in (
            ("living", 9.5, 5, "#ff2fa8", 72, 0.35), ("bedroom", 21, 5, "#ffb02f", 48, 0.35),
            ("corner", 27.5, 5.5, "#ffb02f", 24, 0.4), ("city_glow", 6, 0, "#ff6a1f", 80, 0.2)):
        b.light(name, x, y, colour, r, strength=strength)
    k = 0
    for y in (8, 11, 14, 17):
        for x in range(1, b.w, 3):
            name = LOWER_WINDOWS[(k * 7 + y) % len(LOWER_WINDOWS)]
            k += 1
            if "lit" in name or "figure" in name:
                b.light(f"window_{x}_{y}", x + 0.5, y + 0.5, "#ffb02f", 20, 0.35)
            elif name == "window_tv":
                b.light(f"window_{x}_{y}", x + 0.5, y + 0.5, "#4f8fe0", 20, 0.4)
