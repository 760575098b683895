"""The street between the penthouse building (no. 44, north side) and Sylvia's building (no. 45,
south side, seen from above as its roof edge with the entrance notch and, further east, the
service door), with the club's door. In chapter 5 Johann may not go through the doors: the
triggers over them answer instead (no. 44's doorman, the club's queue, no. 45's night man).

Legend: # roof edge; B brick face (no. 44); C the club's brick face; s sidewalk; K kerb (north
side); k kerb (south side); a road.
"""

META = dict(width=48, height=24, sets=["street", "club", "rooftop"], title="The Street", music="deck",
            ambience="city_night", ambient="#5a5a8a", wall_prefix="roof_edge")

LEGEND = {
    "#": ("wall",),
    "B": ("front", "brick"),
    "C": ("front", "club:brick"),
    "s": ("floor", "floor_sidewalk_1", "floor_sidewalk_2", "floor_sidewalk_3", "floor_sidewalk_4"),
    "K": ("floor", "kerb_1", "kerb_2"),
    "k": ("floor", "kerb_top_1", "kerb_top_2"),
    "a": ("floor", "floor_asphalt_1", "floor_asphalt_2", "floor_asphalt_3", "floor_asphalt_4"),
}

LAYOUT = """
################################################
BBBBBBBBBBBBBBBBBBBBBBBBCCCCCCCCCCCCCCCCCCCCCCCC
BBBBBBBBBBBBBBBBBBBBBBBBCCCCCCCCCCCCCCCCCCCCCCCC
BBBBBBBBBBBBBBBBBBBBBBBBCCCCCCCCCCCCCCCCCCCCCCCC
ssssssssssssssssssssssssssssssssssssssssssssssss
ssssssssssssssssssssssssssssssssssssssssssssssss
ssssssssssssssssssssssssssssssssssssssssssssssss
KKKKKKKKKKKKKKKKKKKKKKKKKKKKKKKKKKKKKKKKKKKKKKKK
aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa
aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa
aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa
aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa
aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa
aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa
kkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkk
ssssssssssssssssssssssssssssssssssssssssssssssss
ssssssssssssssssssssssssssssssssssssssssssssssss
ssssssssssssssssssssssssssssssssssssssssssssssss
ssssssssssssssssssssssssssssssssssssssssssssssss
ssssssssssssssssssssssssssssssssssssssssssssssss
##############################ss############ss##
##############################ss############ss##
################################################
################################################
"""


def furnish(b):
    # no. 44: windows on the upper floors, the lobby doors, the doorman's lamp
    windows = ["window_brick_lit_1", "window_brick_dark_1", "window_brick_tv", "window_brick_dark_2",
               "window_brick_lit_2", "window_brick_dark_1", "window_brick_lit_1"]
    for i, name in enumerate(windows):
        b.put("walls", 1 + i * 3, 1, name)
    b.block("entrance_44", 8, 2, layer="walls", over=0)
    b.row("decor", 14, 2, ["awning_l", "awning_m", "awning_m", "awning_r"])
    b.block("sign_deli", 14, 1, over=0)
    # the club: neon on black brick, the steel door
    b.block("club:entrance_door", 36, 2, layer="walls", over=0)
    b.block("club:neon_dance", 33, 1, over=0)
    b.put("decor", 39, 1, "club:neon_eye")
    b.put("decor", 27, 2, "club:poster_1")
    b.put("decor", 30, 2, "club:poster_2")
    b.put("decor", 43, 2, "club:poster_3")
    b.put("decor", 45, 1, "club:neon_bolt")
    b.row("decor", 38, 5, ["club:rope_l", "club:rope_m", "club:rope_m", "club:rope_r"])

    for x in range(1, 48, 3):
        if x not in (25, 28):
            b.put("decor", x, 10, "road_dash_h")
    for y in range(8, 14):
        b.put("decor", 26, y, "road_crosswalk")
        b.put("decor", 27, y, "road_crosswalk")
    b.block("taxi", 14, 11)
    b.block("manhole", 34, 9)

    for x, kind in ((3, "street_lamp"), (21, "street_lamp_flicker"), (44, "street_lamp")):
        b.block(kind, x, 4)
    for x, kind in ((6, "street_lamp"), (40, "street_lamp")):
        b.block(kind, x, 15)
    b.block("payphone", 23, 4)
    b.put("decor", 19, 5, "trash_can")
    b.put("decor", 12, 6, "hydrant")
    b.put("decor", 31, 6, "news_box")
    b.put("decor", 20, 18, "trash_can")
    b.put("decor", 43, 19, "trash_can")  # by the service door
    b.put("decor", 35, 17, "hydrant")
    b.put("decor", 10, 19, "news_box")
    # no. 45's canopy over the entrance notch
    b.row("decor", 29, 18, ["awning_l", "awning_m", "awning_m", "awning_r"])

    # no. 45 seen from above: its roof, with the usual clutter of a New York roof
    b.block("rooftop:ac_unit", 5, 21, over=0)
    b.block("rooftop:ac_unit", 40, 22, over=0)
    for x, y in ((12, 21), (23, 22), (36, 21), (45, 22)):
        b.put("decor", x, y, "rooftop:vent")
    b.block("rooftop:chimney", 18, 21, over=0)
    b.block("rooftop:skylight", 26, 21, over=0)
    b.put("decor", 2, 22, "rooftop:puddle_1")

    b.spawn("penthouse", 8, 4, "down", default=True)
    b.spawn("club", 36, 4, "down")
    b.spawn("sylvia", 30, 19, "up")
    b.spawn("taxi", 15, 13, "down")  # Johann gets out of a taxi (chapter 5)
    outside_ch5 = 'not chapter_is("5")'
    b.door("to_penthouse", 8, 2, 2, 2, "penthouse", "front_door", condition=outside_ch5)
    b.door("to_club", 36, 2, 2, 2, "club", "entrance", condition=outside_ch5)
    b.door("to_sylvia", 30, 21, 2, 1, "sylvia_apartment", "front_door", condition=outside_ch5)
    b.trigger("door_44", 8, 2, 2, 2, "Street_Door_44", once=False, condition='chapter_is("5")')
    b.trigger("door_club", 36, 2, 2, 2, "Street_Club_Door", once=False, condition='chapter_is("5")')
    b.trigger("door_45", 30, 21, 2, 1, "Street_Door_45", once=False, condition='chapter_is("5")')

    b.marker("payphone", 23, 6, "up")
    b.marker("taxi_door", 15, 13, "up")
    b.marker("crosswalk_north", 26, 6, "down")
    b.marker("crosswalk_south", 26, 15, "up")
    b.marker("doorman_post", 11, 4, "down")
    b.marker("look_up", 24, 16, "up")
    b.marker("sylvia_door", 30, 20, "up")

    b.npc("doorman", 11, 4, "down", node="Street_Talk_Doorman")
    b.npc("guest_2", 41, 4, "down", node="Street_Talk_Smoker", name="smoker", label="Smoker")
    b.npc("guest_6", 42, 5, "left", node="Street_Talk_Smoker", name="smoker_friend", label="Smoker")
    b.npc("guard", 33, 16, "left", node="Street_Talk_Night_Man", name="night_man", label="Night Man")
    b.npc("guest_3", 16, 5, "down", node="Street_Talk_Resident", name="resident", label="Resident", condition='chapter_is("5")')

    b.interact("payphone", 23, 4, 1, 2, "Street_Payphone", "Payphone")
    b.interact("taxi", 14, 11, 3, 2, "Street_Taxi", "Taxi")
    b.interact("news_box", 31, 6, 1, 1, "Street_News_Box", "Newspapers")
    b.interact("hydrant", 12, 6, 1, 1, "Street_Hydrant", "Hydrant")
    b.interact("trash_can", 19, 5, 1, 1, "Street_Trash_Can", "Trash can")
    b.interact("manhole", 34, 9, 1, 2, "Street_Manhole", "Steam")
    b.interact("lamp", 21, 6, 1, 1, "Street_Lamp", "Street lamp")
    b.interact("tv_window", 7, 1, 1, 3, "Street_TV_Window", "Window")
    b.interact("deli", 14, 2, 4, 2, "Street_Deli", "Deli")
    b.interact("club_door", 38, 5, 4, 1, "Street_Club_Rope", "Velvet rope")
    b.interact("no_44", 10, 2, 1, 2, "Street_Number_44", "No. 44")
    b.interact("no_45_canopy", 29, 18, 1, 1, "Street_Number_45", "No. 45")
    b.interact("directory", 32, 20, 1, 1, "Street_Directory", "Directory")
    b.interact("service_door", 44, 21, 2, 1, "Street_Service_Door", "Service door")

    for name, x, y, colour, r, strength, flicker in (
            ("lamp_1", 3.5, 4.5, "#ffa050", 64, 0.35, None), ("lamp_2", 21.5, 4.5, "#ffa050", 64, 0.35, 5),
            ("lamp_3", 44.5, 4.5, "#ffa050", 64, 0.35, None), ("lamp_4", 6.5, 15.5, "#ffa050", 64, 0.35, None),
            ("lamp_5", 40.5, 15.5, "#ffa050", 64, 0.35, None), ("lobby_44", 9, 3.5, "#ffb02f", 48, 0.5, None),
            ("deli_sign", 15, 1.5, "#ff2fa8", 40, 0.5, None), ("club_neon", 34, 1.5, "#2ff0ff", 48, 0.5, None),
            ("club_eye", 39.5, 1.5, "#a8ff2f", 32, 0.5, None), ("payphone", 23.5, 5, "#f2f0ff", 24, 0.4, None),
            ("canopy_45", 31, 19, "#ffb02f", 48, 0.5, None), ("tv_flicker", 7.5, 1.5, "#4f8fe0", 24, 0.5, 3),
            ("taxi_light", 15.5, 11, "#ffe82f", 24, 0.4, None), ("service_bulb", 45, 20, "#ffa050", 32, 0.45, 9)):
        b.light(name, x, y, colour, r, strength=strength, flicker=flicker)
