"""The penthouse roof: tar, parapets, water tower, skylight, chimneys, the access hut with the
stairs down, the photo-shoot set, the UFO's landing spot, and the skyline all around.

Legend: # parapet top; F the parapet's inner face; t tar roof; S night sky beyond the edge.
"""

META = dict(width=44, height=30, sets=["rooftop"], title="The Roof", music="rooftop",
            ambience="rooftop_wind", ambient="#5a5a8a", wall_prefix="parapet_top")

LEGEND = {
    "#": ("wall",),
    "F": ("front", "parapet", "one row"),
    "t": ("floor", "floor_tar_1", "floor_tar_2", "floor_tar_3", "floor_tar_4"),
    "S": ("floor", "sky_1", "sky_2", "sky_3"),
}

LAYOUT = """
SSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSS
SSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSS
SSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSS
SSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSS
SSS######################################SSS
SSS#FFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFF#SSS
SSS#tttttttttttttttttttttttttttttttttttt#SSS
SSS#tttttttttttttttttttttttttttttttttttt#SSS
SSS#tttttttttttttttttttttttttttttttttttt#SSS
SSS#tttttttttttttttttttttttttttttttttttt#SSS
SSS#tttttttttttttttttttttttttttttttttttt#SSS
SSS#tttttttttttttttttttttttttttttttttttt#SSS
SSS#tttttttttttttttttttttttttttttttttttt#SSS
SSS#tttttttttttttttttttttttttttttttttttt#SSS
SSS#tttttttttttttttttttttttttttttttttttt#SSS
SSS#tttttttttttttttttttttttttttttttttttt#SSS
SSS#tttttttttttttttttttttttttttttttttttt#SSS
SSS#tttttttttttttttttttttttttttttttttttt#SSS
SSS#tttttttttttttttttttttttttttttttttttt#SSS
SSS#tttttttttttttttttttttttttttttttttttt#SSS
SSS#tttttttttttttttttttttttttttttttttttt#SSS
SSS#tttttttttttttttttttttttttttttttttttt#SSS
SSS#tttttttttttttttttttttttttttttttttttt#SSS
SSS#tttttttttttttttttttttttttttttttttttt#SSS
SSS#tttttttttttttttttttttttttttttttttttt#SSS
SSS#tttttttttttttttttttttttttttttttttttt#SSS
SSS#tttttttttttttttttttttttttttttttttttt#SSS
SSS######################################SSS
SSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSS
SSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSS
"""


def furnish(b):
    # the city beyond the parapets: uptown and the Empire State to the north, downtown and the
    # Twin Towers far off to the south
    for k, x in enumerate(range(0, b.w, 16), 1):  # one picture in blocks 16 tiles wide
        b.block(f"city_north_{k}", x, 1, layer="floor", over=0)
        b.block(f"city_south_{k}", x, 28, layer="floor", over=0)

    b.block("access_hut", 5, 6)
    b.block("water_tower", 31, 5)
    b.block("water_tower", 35, 16)
    b.block("skylight", 14, 9)
    b.block("skylight", 14, 19)
    for x, y in ((10, 6), (24, 6), (6, 23), (37, 24)):
        b.block("chimney", x, y)
    for x, y in ((19, 7), (28, 12), (9, 16), (22, 24), (38, 11)):
        b.put("decor", x, y, "vent")
    b.block("ac_unit", 21, 5)
    b.block("ac_unit", 5, 19)
    for x, y, k in ((12, 13, 1), (27, 21, 2), (33, 24, 3), (7, 12, 2), (19, 17, 1)):
        b.put("decor", x, y, f"puddle_{k}")

    # the photo-shoot set: tape marks for the model and the camera, two lights on stands
    b.put("decor", 23, 15, "mark_x")
    b.put("decor", 23, 19, "mark_t")
    b.row("decor", 21, 14, ["mark_h"] * 5)
    for y in (15, 16):
        b.put("decor", 20, y, "mark_v")
        b.put("decor", 26, y, "mark_v")
    b.block("photo_light", 19, 16)
    b.block("photo_light", 27, 16)
    # the UFO's landing spot: a clear patch with a scorch of puddles round it
    b.block("landing_mark", 31, 20, over=0)

    b.spawn("stairs", 6, 10, "down", default=True)
    # the story keeps Margaret (and Johann) on the roof in chapters 11, 13 and the finale: the hut
    # door's examine line says why; at the end of the first night (chapter 3) the stairs down are
    # bed, and the second night
    b.door("to_penthouse", 6, 9, 1, 1, "penthouse", "stairs",
           condition='not (chapter_is("3") or chapter_is("11") or chapter_is("13") or chapter_is("finale"))')
    b.trigger("to_bed", 6, 9, 1, 1, "Ch3_Night_Over", once=False, condition='chapter_is("3")')

    b.marker("ufo_landing", 31, 21)
    # the craft stands on its spot from the prologue's landing on (the prologue lands it in a
    # cutscene) until it leaves in the finale, just after Sylvia and Katherine reach the roof; its
    # spot is examined as the craft while it stands there, and as the mark it leaves once it is gone
    # the craft is solid on its legs (its footprint, three tiles across, is in the sprite's index):
    # people walk round it, and examine it from any side
    craft = 'not chapter_is("prologue") and not beat(30)'
    b.prop("ufo", 31, 21, animation="landed", condition=craft, solid=True)
    b.marker("ufo_watch", 28, 22, "right")
    b.marker("shoot_model", 23, 15, "down")
    b.marker("shoot_camera", 23, 19, "up")
    b.marker("shoot_light_west", 19, 18, "right")
    b.marker("shoot_light_east", 27, 18, "left")
    b.marker("crew_wait", 11, 11, "right")
    b.marker("parapet_north", 18, 6, "up")
    b.marker("parapet_south", 18, 26, "down")
    b.marker("water_tower", 32, 10, "up")
    b.marker("skylight", 15, 12, "up")

    # the crew of chapter 11's shoot, until it ends (they leave with Jimmy)
    crew = 'chapter_is("11") and not beat(24)'
    b.npc("photographer", 23, 20, "up", node="Ch11_Talk_Photographer", condition=crew)
    b.npc("makeup_artist", 17, 14, "right", node="Ch11_Talk_Makeup", condition=crew)
    b.npc("stylist", 12, 10, "down", node="Ch11_Talk_Stylist", condition=crew)
    b.npc("jimmy", 24, 6, "down", node="Ch11_Talk_Jimmy", condition=crew)

    b.interact("water_tower", 31, 7, 3, 2, "Rooftop_Water_Tower", "Water tower")
    b.interact("skylight", 14, 9, 2, 2, "Rooftop_Skylight", "Skylight")
    b.interact("chimney", 10, 6, 1, 2, "Rooftop_Chimney", "Chimney")
    b.interact("ac_unit", 21, 5, 2, 1, "Rooftop_AC_Unit", "Air conditioner")
    b.interact("vent", 28, 12, 1, 1, "Rooftop_Vent", "Vent")
    b.interact("parapet", 18, 4, 3, 2, "Rooftop_Parapet", "Parapet")
    b.interact("skyline", 26, 4, 4, 2, "Rooftop_Skyline", "Skyline")
    b.interact("tape_mark", 23, 15, 1, 1, "Rooftop_Tape_Mark", "Tape mark")
    b.interact("photo_light", 19, 16, 1, 2, "Rooftop_Photo_Light", "Light stand")
    b.interact("puddle", 27, 21, 1, 1, "Rooftop_Puddle", "Puddle")
    b.interact("landing_spot", 30, 20, 3, 2, "Rooftop_Landing_Spot", "Craft", condition=craft)
    b.interact("scorch_mark", 30, 20, 3, 2, "Rooftop_Scorch_Mark", "Scorch mark", condition="beat(30)")
    b.interact("hut_door", 6, 8, 1, 2, "Rooftop_Hut_Door", "Door")  # down to the doorway, where the player stands

    for name, x, y, colour, r, strength, flicker in (
            ("hut_bulb", 6.5, 8, "#ffa050", 48, 0.5, 7), ("photo_west", 19.5, 16.5, "#f2f0ff", 48, 0.3, None),
            ("photo_east", 27.5, 16.5, "#f2f0ff", 48, 0.3, None), ("skylight", 15, 10, "#ffb02f", 40, 0.45, None),
            ("skylight_2", 15, 20, "#ffb02f", 40, 0.45, None), ("city_glow", 20, 3, "#ff6a1f", 96, 0.25, None),
            ("city_glow_2", 38, 3, "#ff2fa8", 80, 0.2, None), ("landing", 32, 21, "#8a3fa8", 40, 0.2, 9),
            ("tower_lamp", 32.5, 9, "#ffe82f", 32, 0.4, None)):
        b.light(name, x, y, colour, r, strength=strength, flicker=flicker)
