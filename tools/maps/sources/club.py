"""The club: street entrance with the queue, dance floor, bar, DJ booth, backstage, the runway.

Layout legend: # wall top, B/C brick/concrete wall face, o concrete floor, k backstage floor,
d dance floor, s sidewalk, K kerb, a road. Furniture and objects follow in furnish().
"""

META = dict(width=64, height=44, sets=["club", "street"], title="The Club", music="club",
            ambience="club_crowd", ambient="#7a7aa8")

LEGEND = {
    "#": ("wall",),
    "B": ("front", "brick"),
    "C": ("front", "concrete"),
    "o": ("floor", "floor_concrete_1", "floor_concrete_2", "floor_concrete_3"),
    "k": ("floor", "floor_backstage_1", "floor_backstage_2", "floor_backstage_3"),
    "d": ("floor", *[f"dance_{i}" for i in range(1, 9)], "dance_off"),
    "s": ("floor", "street:floor_sidewalk_1", "street:floor_sidewalk_2", "street:floor_sidewalk_3",
          "street:floor_sidewalk_4"),
    "K": ("floor", "street:kerb_1", "street:kerb_2"),
    "a": ("floor", "street:floor_asphalt_1", "street:floor_asphalt_2", "street:floor_asphalt_3",
          "street:floor_asphalt_4"),
}

LAYOUT = """
################################################################
#BBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBB#CCCCCCCCCCCCCCCCCCCCCCC#
#BBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBB#CCCCCCCCCCCCCCCCCCCCCCC#
#oooooooooooooooooooooooooooooooooooooo#kkkkkkkkkkkkkkkkkkkkkkk#
#oooooooooooooooooooooooooooooooooooooo#kkkkkkkkkkkkkkkkkkkkkkk#
#oooooooooooooooooooooooooooooooooooooo#kkkkkkkkkkkkkkkkkkkkkkk#
#oooooooooooooooooooooooooooooooooooooo#kkkkkkkkkkkkkkkkkkkkkkk#
#oooooooooooooooooooooooooooooooooooooo#kkkkkkkkkkkkkkkkkkkkkkk#
#ooooooooooooooooooooooooooooooooooooookkkkkkkkkkkkkkkkkkkkkkkk#
#ooooooooooooooooooooooooooooooooooooookkkkkkkkkkkkkkkkkkkkkkkk#
#oooooooooooooooooooooooooooooooooooooo#kkkkkkkkkkkkkkkkkkkkkkk#
#oooooooooooooooooooooooooooooooooooooo#kkkkkkkkkkkkkkkkkkkkkkk#
#oooooooooooooooooooooooooooooooooooooo#kkkkkkkkkkkkkkkkkkkkkkk#
#oooooooooooooooooooooooooooooooooooooo###########kk############
#ooooooooooddddddddddddddddoooooooooooo#BBBBBBBBBBkkBBBBBBBBBBB#
#ooooooooooddddddddddddddddoooooooooooo#BBBBBBBBBBkkBBBBBBBBBBB#
#ooooooooooddddddddddddddddoooooooooooo#ooooooooooooooooooooooo#
#ooooooooooddddddddddddddddoooooooooooo#ooooooooooooooooooooooo#
#ooooooooooddddddddddddddddoooooooooooo#ooooooooooooooooooooooo#
#ooooooooooddddddddddddddddoooooooooooo#ooooooooooooooooooooooo#
#ooooooooooddddddddddddddddoooooooooooooooooooooooooooooooooooo#
#ooooooooooddddddddddddddddoooooooooooooooooooooooooooooooooooo#
#ooooooooooddddddddddddddddoooooooooooooooooooooooooooooooooooo#
#ooooooooooddddddddddddddddoooooooooooooooooooooooooooooooooooo#
#ooooooooooddddddddddddddddoooooooooooo#ooooooooooooooooooooooo#
#ooooooooooddddddddddddddddoooooooooooo#ooooooooooooooooooooooo#
#ooooooooooddddddddddddddddoooooooooooo#ooooooooooooooooooooooo#
#ooooooooooddddddddddddddddoooooooooooo#ooooooooooooooooooooooo#
#ooooooooooddddddddddddddddoooooooooooo#ooooooooooooooooooooooo#
#ooooooooooddddddddddddddddoooooooooooo#ooooooooooooooooooooooo#
#oooooooooooooooooooooooooooooooooooooo#ooooooooooooooooooooooo#
#oooooooooooooooooooooooooooooooooooooo#ooooooooooooooooooooooo#
########oo######################################################
BBBBBBBBooBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBB
BBBBBBBBooBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBB
ssssssssssssssssssssssssssssssssssssssssssssssssssssssssssssssss
ssssssssssssssssssssssssssssssssssssssssssssssssssssssssssssssss
ssssssssssssssssssssssssssssssssssssssssssssssssssssssssssssssss
ssssssssssssssssssssssssssssssssssssssssssssssssssssssssssssssss
ssssssssssssssssssssssssssssssssssssssssssssssssssssssssssssssss
ssssssssssssssssssssssssssssssssssssssssssssssssssssssssssssssss
KKKKKKKKKKKKKKKKKKKKKKKKKKKKKKKKKKKKKKKKKKKKKKKKKKKKKKKKKKKKKKKK
aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa
aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa
"""


def furnish(b):
    # -- main hall: north wall, DJ booth, bar ---------------------------------------------------
    b.put("decor", 6, 1, "neon_bolt")
    b.put("decor", 4, 2, "poster_1")
    b.put("decor", 9, 2, "poster_3")
    b.block("neon_dance", 17, 1)
    # the lighting bar over the floor: par cans in the show's colours
    for x, colour in ((12, "magenta"), (14, "cyan"), (21, "acid"), (23, "yellow")):
        b.put("decor", x, 1, f"spot_{colour}")
    b.put("decor", 25, 1, "neon_eye")
    b.put("decor", 22, 2, "poster_2")
    b.block("neon_bar", 32, 1)
    for x in range(30, 38):
        b.put("decor", x, 2, f"bottle_shelf_{1 + (x * 5) % 3}")
    # the DJ's booth at the head of the floor, which runs south to the lounge by the door: what
    # somebody coming in sees first
    b.block("dj_booth", 17, 11)
    for x in (16, 20):  # his records, either side of the decks
        b.put("decor", x, 11, "record_crate")
    for x, y in ((14, 10), (22, 10), (9, 15), (28, 15), (9, 21), (28, 21)):
        b.block("speaker", x, y)
    b.put("overhead", 18, 20, "mirror_ball")  # hung over the middle of the floor
    b.row("decor", 30, 6, ["bar_l", "bar_m", "bar_m2", "bar_m", "bar_m2", "bar_r"])
    for x in range(30, 36):
        b.put("decor", x, 7, "bar_stool")
    # lounge: banquettes along the walls, behind the booth and east of the floor
    for x, y in ((31, 12), (35, 12), (31, 17), (35, 17), (12, 5), (23, 5), (2, 5), (2, 10)):
        b.block("banquette", x, y)
    for x, y in ((5, 6), (5, 11), (33, 13), (33, 18), (14, 6), (22, 6)):
        b.put("decor", x, y, "audience_chair")
    # the coat check by the door: racks behind a short counter
    for x in (2, 5):
        b.block("clothes_rack", x, 19)
    b.row("decor", 2, 22, ["bar_l", "bar_m", "bar_m2", "bar_m", "bar_r"])
    for x, y in ((29, 26), (33, 26)):
        b.block("banquette", x, y)
    for x, y in ((28, 27), (35, 27)):
        b.put("decor", x, y, "audience_chair")
    b.block("speaker", 37, 24)
    b.block("cigarette_machine", 1, 24)
    b.block("cigarette_machine", 38, 27)
    # the velvet rope that keeps the door lane clear inside
    b.row("decor", 3, 28, ["rope_l", "rope_m", "rope_m", "rope_r"])

    # -- backstage -----------------------------------------------------------------------------
    for x in (41, 44, 47):
        b.block("bulb_mirror", x, 2)
        b.block("makeup_table", x, 3)
    b.put("decor", 53, 2, "poster_3")
    for x, y in ((55, 3), (58, 3), (55, 8), (58, 8)):
        b.block("clothes_rack", x, y)
    b.put("decor", 52, 6, "hand_mirror")
    b.put("decor", 44, 8, "hand_mirror")

    # -- runway hall ---------------------------------------------------------------------------
    for y in range(13, 30):
        b.put("floor", 50, y, "runway_l")
        b.put("floor", 51, y, "runway_r")
    b.put("decor", 50, 30, "runway_end_l")
    b.put("decor", 51, 30, "runway_end_r")
    for y in (19, 21, 23, 25, 27):
        for x in (45, 46, 47, 54, 55, 56):
            b.put("decor", x, y, "audience_chair")
    b.put("decor", 42, 14, "neon_bolt")
    for x, colour in ((45, "magenta"), (47, "cyan"), (54, "cyan"), (56, "magenta")):
        b.put("decor", x, 14, f"spot_{colour}")  # the runway's own lighting bar
    b.put("decor", 58, 14, "neon_eye")
    b.put("decor", 44, 15, "poster_2")
    b.put("decor", 56, 15, "poster_1")

    # -- outside: the club's face, the sidewalk and the road -----------------------------------
    b.block("entrance_door", 8, 33)
    b.put("decor", 6, 33, "neon_eye")
    b.put("decor", 11, 33, "neon_bolt")
    for x in (14, 19, 27, 36, 45, 54):
        b.put("decor", x, 34, f"poster_{1 + x % 3}")
    b.row("decor", 12, 37, ["rope_l"] + ["rope_m"] * 8 + ["rope_r"])
    b.block("street:street_lamp", 4, 38)
    b.block("street:street_lamp_flicker", 34, 38)
    b.block("street:street_lamp", 58, 38)
    b.put("decor", 25, 36, "street:trash_can")
    b.put("decor", 41, 36, "street:news_box")
    b.put("decor", 48, 40, "street:hydrant")
    b.block("street:taxi", 28, 42)
    b.block("street:manhole", 46, 42)
    for x in range(0, 64, 2):
        if not 27 <= x <= 31 and x != 46:  # no lane marks under the taxi and the manhole
            b.put("decor", x, 43, "street:road_dash_h")

    # -- objects -------------------------------------------------------------------------------
    b.spawn("entrance", 9, 38, "up", default=True)
    b.spawn("backstage", 50, 8, "down")
    # the first night's club chapters end by their own doors (the front door with the keys, the
    # runway): the road is closed then and says why, so nobody leaves the story on foot
    shut = 'chapter_is("1") or chapter_is("3")'
    b.door("to_street", 0, 43, 64, 1, "street", "club", condition=f"not ({shut})")
    b.trigger("street_shut", 0, 43, 64, 1, "Club_Street_Shut", once=False, condition=shut)
    b.marker("sidewalk", 20, 39, "up")
    # walking out through the doorway with the keys is leaving (chapter 1); before, it is a doorway
    b.trigger("front_doorway", 8, 32, 2, 3, "Club_Front_Door", once=False,
              condition='has_item("keys") and not beat(5)')

    b.marker("door", 9, 32, "down")
    b.marker("queue", 16, 36, "up")
    b.marker("dj", 18, 10, "down")
    b.marker("dance_centre", 18, 21)
    b.marker("bar_adrian", 36, 8, "left")
    b.marker("bar_front", 32, 8, "up")
    b.marker("mirror", 42, 5, "up")
    b.marker("rack", 56, 6, "up")
    b.marker("stage_door", 40, 9, "left")
    b.marker("runway_start", 50, 14, "down")
    b.marker("runway_end", 50, 29, "down")
    b.marker("photo_pit", 53, 30, "up")

    b.npc("bouncer", 11, 35, "left", node="Club_Talk_Bouncer")
    # The extras: eight guests, each of them in one place at a time. Before the show (chapter 1)
    # three queue outside and five dance; for the show (chapter 3) the queue has been let in and
    # sits by the runway, two have moved to the lounge, three still dance. Four more crowd the bar
    # on both nights.
    before, show = 'not chapter_is("3")', 'chapter_is("3")'
    for i, (x, actor) in enumerate(((14, "guest_6"), (16, "guest_7"), (18, "guest_8")), 1):
        b.npc(actor, x, 36, "left" if i % 2 else "up", node="Club_Talk_Queue", name=f"queue_{i}", condition=before)
    dancers = ((13, 16, "guest_1", "right", None), (17, 15, "guest_2", "down", None), (22, 19, "guest_3", "left", None),
               (24, 25, "guest_4", "left", before), (15, 26, "guest_5", "up", before))
    for i, (x, y, actor, facing, when) in enumerate(dancers, 1):
        b.npc(actor, x, y, facing, node="Club_Talk_Dancer", name=f"dancer_{i}", condition=when, dance=True)
    # the bar crowd at its west end: on the stools, waving for the bartender, leaning on the end
    # (the stools in front of him and at Adrian's end stay free, so Margaret can get to both)
    for i, (x, y, actor, facing) in enumerate(((30, 7, "guest_9", "up"), (31, 7, "guest_10", "up"),
                                               (31, 8, "guest_11", "up"), (29, 7, "guest_12", "right")), 1):
        b.npc(actor, x, y, facing, node="Club_Talk_Bar_Crowd", name=f"bar_{i}")
    for i, (x, y, actor, facing) in enumerate(((30, 15, "guest_4", "right"), (21, 6, "guest_5", "left")), 1):
        b.npc(actor, x, y, facing, node="Club_Talk_Lounge", name=f"lounge_{i}", condition=show)
    audience = ((48, 20, "guest_6", "right"), (53, 24, "guest_7", "left"), (48, 26, "guest_8", "right"))
    for i, (x, y, actor, facing) in enumerate(audience, 1):
        b.npc(actor, x, y, facing, node="Club_Talk_Audience", name=f"audience_{i}", condition=show)
    b.npc("dj", 18, 10, "down", node="Club_Talk_DJ", label="DJ")
    b.npc("bartender", 32, 4, "down", node="Club_Talk_Bartender")
    b.npc("adrian", 36, 8, "left")
    b.npc("jimmy", 8, 13, "right")
    b.npc("makeup_artist", 45, 5, "up", node="Club_Talk_Makeup")
    b.npc("stylist", 57, 6, "left", node="Club_Talk_Stylist")
    b.npc("stage_manager", 52, 11, "down", node="Club_Talk_Stage_Manager")
    b.npc("photographer", 54, 30, "up")

    # the bar answers from the stools in front, from behind and from both ends; across the counter
    # from the bartender, the bartender answers
    b.interact("bar", 30, 6, 2, 2, "Club_Bar_Bottles", "Bar")
    b.interact("bar_service", 32, 6, 2, 2, "Club_Talk_Bartender", "Bartender")
    b.interact("bar_east", 34, 6, 2, 2, "Club_Bar_Bottles", "Bar")
    b.interact("dj_booth", 17, 11, 3, 2, "Club_DJ_Booth", "DJ booth")
    b.interact("speaker", 9, 15, 1, 2, "Club_Speaker", "Speaker")
    b.interact("neon_bolt", 6, 1, 1, 2, "Club_Neon", "Neon")
    b.interact("poster", 4, 2, 1, 1, "Club_Poster", "Poster")
    b.interact("banquette", 31, 12, 2, 2, "Club_Banquette", "Banquette")
    b.interact("rope", 12, 37, 10, 1, "Club_Rope", "Velvet rope")
    # the whole doorway passage, so the door answers from inside, in the doorway and from the sidewalk
    b.interact("front_door", 8, 32, 2, 3, "Club_Front_Door", "Door")
    b.interact("mirror", 41, 3, 2, 1, "Club_Mirror", "Mirror")
    b.interact("rack", 55, 8, 2, 2, "Club_Clothes_Rack", "Clothes rack")
    b.interact("hand_mirror", 52, 6, 1, 1, "Club_Hand_Mirror", "Hand mirror")
    b.interact("runway", 50, 30, 2, 1, "Club_Runway", "Runway")
    b.interact("chairs", 45, 19, 3, 1, "Club_Audience_Chairs", "Chairs")
    b.interact("coat_check", 2, 22, 5, 1, "Club_Coat_Check", "Coat check")
    b.interact("taxi", 28, 42, 3, 1, "Club_Taxi", "Taxi")
    b.interact("cigarettes", 1, 24, 1, 2, "Club_Cigarette_Machine", "Cigarette machine")

    for name, x, y, colour, r, flick in (
            ("dance_magenta", 14, 17, "#ff2fa8", 56, None), ("dance_cyan", 23.5, 17, "#2ff0ff", 56, None),
            ("dance_acid", 18.5, 22, "#a8ff2f", 48, 5), ("dance_yellow", 14, 26.5, "#ffe82f", 48, None),
            ("dance_magenta_2", 23.5, 26.5, "#ff2fa8", 48, 7), ("mirror_ball", 18.5, 21.5, "#f2f0ff", 20, None),
            ("dj_lamp", 18.5, 11.5, "#2ff0ff", 40, None),
            ("neon_dance", 18, 2, "#2ff0ff", 40, None), ("neon_bolt", 6.5, 2, "#ffe82f", 32, None),
            ("neon_eye", 25.5, 2, "#a8ff2f", 32, None), ("neon_bar", 33, 2, "#ff2fa8", 48, None),
            ("bar_glow", 33, 5, "#ffb02f", 56, None), ("lounge", 33, 15, "#8a3fa8", 64, None),
            ("lounge_north", 18, 6, "#ff2fa8", 56, None), ("door_lane", 9, 30, "#ffa050", 48, None),
            ("mirror_1", 42, 3, "#f4f0c8", 40, None), ("mirror_2", 45, 3, "#f4f0c8", 40, None),
            ("mirror_3", 48, 3, "#f4f0c8", 40, None), ("racks", 57, 6, "#ffb02f", 48, None),
            ("runway_1", 51, 17, "#f2f0ff", 48, None), ("runway_2", 51, 23, "#f2f0ff", 48, None),
            ("runway_3", 51, 29, "#f2f0ff", 56, None), ("runway_magenta", 49, 20, "#ff2fa8", 32, None),
            ("runway_cyan", 53, 26, "#2ff0ff", 32, None), ("coat_check", 4, 21, "#ffb02f", 40, None), ("runway_neon", 42.5, 15, "#ffe82f", 32, None),
            ("club_sign", 6.5, 34, "#a8ff2f", 40, None), ("club_sign_2", 11.5, 34, "#ffe82f", 40, None),
            ("lamp_west", 4.5, 38.5, "#ffa050", 80, None), ("lamp_mid", 34.5, 38.5, "#ffa050", 80, 6),
            ("lamp_east", 58.5, 38.5, "#ffa050", 80, None)):
        # white runway spots and sodium lamps are bright colours: keep them from washing out
        strength = 0.25 if colour in ("#f2f0ff", "#ffa050") else None
        b.light(name, x, y, colour, r, strength=strength, flicker=flick)
    # the par cans glow where they hang, over the floor and over the runway
    for x, y, colour in ((12, 1, "#ff2fa8"), (14, 1, "#2ff0ff"), (21, 1, "#a8ff2f"), (23, 1, "#ffe82f"),
                         (45, 14, "#ff2fa8"), (47, 14, "#2ff0ff"), (54, 14, "#2ff0ff"), (56, 14, "#ff2fa8")):
        b.light(f"par_{x}_{y}", x + 0.5, y + 0.6, colour, 24, strength=0.6)
    # haze: a wide, faint glow hanging over the floor and the runway
    b.light("haze_floor", 18.5, 21.5, "#8a3fa8", 128, strength=0.15)
    b.light("haze_runway", 51, 22, "#8a3fa8", 112, strength=0.15)
