"""Margaret and Adrian's penthouse: living room with the big windows, kitchen, bedroom, bathroom,
closet, and the hall with the front door and the stairs up to the roof.

Legend: # wall top; P/T/R/K wallpaper, tiles, brick, paint wall faces; w wood, x checker,
c concrete, r carpet, m bathroom floor.
"""

META = dict(width=40, height=28, sets=["interior"], title="The Penthouse", music="penthouse",
            ambience="apartment_hum", ambient="#8a8ab8")

LEGEND = {
    "#": ("wall",),
    "P": ("front", "paper"),
    "T": ("front", "tiles"),
    "R": ("front", "brick"),
    "K": ("front", "paint"),
    "w": ("floor", "floor_wood_1", "floor_wood_2", "floor_wood_3"),
    "x": ("floor", "floor_check_1", "floor_check_2", "floor_check_3"),
    "c": ("floor", "floor_concrete_1", "floor_concrete_2", "floor_concrete_3"),
    "r": ("floor", "floor_carpet_1", "floor_carpet_2", "floor_carpet_3"),
    "m": ("floor", "floor_bath_1", "floor_bath_2", "floor_bath_3"),
}

LAYOUT = """
########################################
#PPPPPPPPPPPPPPPPPPPPPPPP#TTTTTTTTTTTTT#
#PPPPPPPPPPPPPPPPPPPPPPPP#TTTTTTTTTTTTT#
#wwwwwwwwwwwwwwwwwwwwwwww#xxxxxxxxxxxxx#
#wwwwwwwwwwwwwwwwwwwwwwww#xxxxxxxxxxxxx#
#wwwwwwwwwwwwwwwwwwwwwwwwxxxxxxxxxxxxxx#
#wwwwwwwwwwwwwwwwwwwwwwwwxxxxxxxxxxxxxx#
#wwwwwwwwwwwwwwwwwwwwwwwwxxxxxxxxxxxxxx#
#wwwwwwwwwwwwwwwwwwwwwwww#xxxxxxxxxxxxx#
#wwwwwwwwwwwwwwwwwwwwwwww#xxxxxxxxxxxxx#
#wwwwwwwwwwwwwwwwwwwwwwww###############
#wwwwwwwwwwwwwwwwwwwwwwww#RRRRRRRRRRRRR#
#wwwwwwwwwwwwwwwwwwwwwwww#RRRRRRRRRRRRR#
#wwwwwwwwwwwwwwwwwwwwwwwwwccccccccccccc#
#wwwwwwwwwwwwwwwwwwwwwwwwwccccccccccccc#
#wwwwwwwwwwwwwwwwwwwwwwww#ccccccccccccc#
######rr########mm####ww##ccccccccccccc#
#KKKKKrrKKKKK#TTmmTT#KwwK#ccccccccccccc#
#KKKKKrrKKKKK#TTmmTT#KwwK#ccccccccccccc#
#rrrrrrrrrrrr#mmmmmm#wwww#ccccccccccccc#
#rrrrrrrrrrrr#mmmmmm#wwww#ccccccccccccc#
#rrrrrrrrrrrr#mmmmmm#wwww#ccccccccccccc#
#rrrrrrrrrrrr#mmmmmm#wwww#ccccccccccccc#
#rrrrrrrrrrrr#mmmmmm#wwww#ccccccccccccc#
#rrrrrrrrrrrr#mmmmmm#wwww#ccccccccccccc#
#rrrrrrrrrrrr#mmmmmm#wwww#ccccccccccccc#
#rrrrrrrrrrrr#mmmmmm#wwww#ccccccccccccc#
########################################
"""


def furnish(b):
    # -- living room: a glass wall onto Sylvia's building across the street (her window lit), and
    # the sunken conversation pit, two steps down, the black sofa facing the view ---------------
    b.block("window_across", 5, 1, layer="walls", over=0)
    b.put("decor", 2, 1, "art_2")
    b.put("decor", 22, 1, "art_1")
    b.block("shelf_encyclopaedia", 20, 1, over=0)
    b.block("plant_yucca", 3, 2)
    b.autotile("pit", 3, 6, 11, 7)
    b.block("sofa_pit", 6, 10)
    b.block("coffee_table", 7, 8)
    b.block("chair_chrome", 11, 7)
    b.block("chair_chrome", 4, 7)
    b.block("lamp_arc", 2, 9)
    b.block("hifi", 14, 4)
    b.put("decor", 17, 4, "tv_monitor")
    b.rug("cyan", 15, 11, 5, 3)
    b.block("sofa_magenta", 16, 12)
    b.block("lamp_arc", 20, 12)
    b.put("decor", 22, 8, "bar_chrome")
    b.block("plant_yucca", 23, 13)
    b.put("decor", 1, 14, "phone_chrome")

    # -- kitchen ------------------------------------------------------------------------------
    b.row("decor", 26, 3, ["counter_l", "counter_m", "counter_stove", "counter_m", "counter_sink", "counter_m"])
    b.block("fridge", 33, 2)
    b.put("decor", 35, 1, "art_3")
    b.block("table_glass", 29, 6)
    for x in (29, 30, 31):
        b.put("decor", x, 5, "chair_chrome_s")
        b.put("decor", x, 8, "chair_chrome_n")
    b.block("plant_yucca", 37, 2)
    b.put("decor", 37, 8, "bar_chrome")

    # -- hall: front door, stairs up to the roof -----------------------------------------------
    b.block("door_closed", 29, 11, layer="walls", over=0)
    b.block("stairs_up", 34, 11, layer="walls", over=0)
    b.put("decor", 27, 11, "art_3")
    b.put("decor", 31, 11, "art_1")
    b.block("clothes_rack", 26, 14)
    b.put("decor", 32, 13, "phone_chrome")
    b.block("plant_yucca", 37, 13)
    b.block("chair_chrome", 37, 18)
    b.rug("magenta", 29, 16, 4, 6)
    b.block("lamp_arc", 27, 20)
    b.block("shelf_encyclopaedia", 34, 24, over=1)
    # a waiting corner by the stairs: Adrian's clients sit here and do not take their coats off
    b.block("sofa_modular", 28, 24)
    b.put("decor", 31, 25, "lamp_cube")
    b.block("coffee_table", 28, 22)
    b.block("chair_chrome", 37, 22)
    b.put("decor", 36, 25, "lamp_neon")
    b.block("plant_yucca", 26, 24)

    # -- bedroom ------------------------------------------------------------------------------
    b.put("decor", 3, 17, "art_1")
    b.put("decor", 10, 17, "art_2")
    b.rug("cyan", 2, 21, 5, 4)
    b.block("bed_platform", 3, 19, over=1)
    b.put("decor", 2, 19, "lamp_cube")
    b.put("decor", 5, 19, "phone_chrome")
    b.block("wardrobe_lacquer", 9, 17, over=0)
    b.put("decor", 10, 25, "tv_monitor")
    b.block("plant_yucca", 11, 19)
    b.block("chair_chrome", 8, 23)

    # -- bathroom -----------------------------------------------------------------------------
    b.put("decor", 18, 17, "mirror_chrome")
    b.put("decor", 18, 19, "bath_sink")
    b.put("decor", 14, 19, "toilet")
    b.block("tub", 14, 24)
    b.block("plant_yucca", 19, 24)

    # -- closet -------------------------------------------------------------------------------
    b.block("clothes_rack", 21, 19)
    b.block("clothes_rack", 21, 23)
    b.block("wardrobe_lacquer", 23, 22)
    b.put("decor", 24, 17, "mirror_chrome")

    # -- objects ------------------------------------------------------------------------------
    b.spawn("front_door", 29, 13, "down", default=True)
    b.spawn("stairs", 34, 13, "down")
    # The first night's visits (the prologue, chapter 2) leave by the story, not by the door; the
    # second night keeps Margaret at home until the shoot, and after it keeps her (then Johann) in
    # until the story takes them up the stairs: in these chapters the doors stay shut and say why
    # (Penthouse_Door_Shut, Penthouse_Roof_Shut and their chapter variants) instead of leading off the story.
    shut = " or ".join(f'chapter_is("{c}")' for c in ("prologue", "2", "7", "9", "10", "12", "13"))
    b.door("to_street", 29, 11, 1, 2, "street", "penthouse", condition=f"not ({shut})")
    b.door("to_roof", 34, 11, 2, 2, "rooftop", "stairs", condition=f"not ({shut})")
    b.trigger("street_shut", 29, 11, 1, 2, "Penthouse_Door_Shut", once=False, condition=shut)
    b.interact("front_door_shut", 29, 11, 1, 2, "Penthouse_Door_Shut", "Front door", condition=shut)
    # chapter 9: where Paul lay, once he is gone
    b.trigger("hall_entry", 25, 13, 1, 2, "Ch9_Paul_Gone", condition='chapter_is("9") and beat(20)')
    b.trigger("roof_shut", 34, 11, 2, 2, "Penthouse_Roof_Shut", once=False, condition=shut)

    b.marker("window", 10, 3, "up")
    b.marker("sofa", 7, 12, "up")
    b.marker("living_centre", 12, 9)
    b.marker("kitchen", 30, 4, "up")
    b.marker("fridge", 33, 4, "up")
    b.marker("bed", 4, 22, "up")
    b.marker("bedroom_door", 6, 19, "up")
    b.marker("closet", 22, 21, "left")
    b.marker("bathroom", 16, 20, "up")
    b.marker("hall_phone", 32, 14, "up")
    b.marker("inside_door", 29, 14, "up")
    b.marker("stash", 20, 3, "up")
    # chapter 7: Owen's visit, and where he is found
    b.marker("owen_talk", 17, 10, "left")
    b.marker("owen_close", 15, 10, "left")
    b.marker("margaret_talk", 13, 10, "right")
    b.marker("bed_owen", 5, 22, "up")
    # chapter 9: Paul, in the hall where Adrian's clients wait
    b.marker("paul_hall", 30, 18, "up")
    b.marker("paul_body", 30, 19, "up")
    b.marker("margaret_hall", 33, 17, "left")
    # chapter 10: Adrian home, and where Owen may go
    b.marker("adrian_bedroom", 7, 21, "left")
    b.marker("by_wardrobe", 9, 19, "up")
    b.marker("by_hall_sofa", 30, 23, "down")

    b.npc("adrian", 32, 4, "down", node="Penthouse_Talk_Adrian")
    # Johann's telescope stands in Sylvia's lit window across the street from when he sets it up in
    # chapter 5: every chapter here but the first night's
    b.prop("sylvia_telescope", 15.5, 1.6875, sprite="telescope_far",
           condition='not (chapter_is("prologue") or chapter_is("2"))')

    b.interact("window", 5, 1, 15, 2, "Penthouse_Window", "Window")
    b.interact("bookshelf", 20, 1, 2, 2, "Penthouse_Bookshelf", "Bookshelf")
    b.interact("sofa", 6, 10, 3, 2, "Penthouse_Sofa", "Sofa")
    b.interact("hifi", 14, 4, 2, 1, "Penthouse_Hifi", "Hi-fi")
    b.interact("tv", 17, 4, 1, 1, "Penthouse_TV", "Television")
    b.interact("bar_cart", 22, 8, 1, 1, "Penthouse_Bar_Cart", "Bar cart")
    b.interact("fridge", 33, 2, 1, 2, "Penthouse_Fridge", "Fridge")
    b.interact("stove", 28, 3, 1, 1, "Penthouse_Stove", "Stove")
    b.interact("bed", 3, 19, 2, 3, "Penthouse_Bed", "Bed")
    b.interact("wardrobe", 9, 17, 2, 2, "Penthouse_Wardrobe", "Wardrobe")
    b.interact("bath_mirror", 18, 17, 1, 2, "Penthouse_Bathroom_Mirror", "Mirror")
    b.interact("tub", 14, 24, 2, 2, "Penthouse_Tub", "Bathtub")
    # the whole walk-in closet answers (its rails, its wardrobe, the floor between), not one rail
    b.interact("closet", 21, 19, 4, 7, "Penthouse_Closet", "Closet")
    b.interact("hall_phone", 32, 13, 1, 1, "Penthouse_Phone", "Telephone")
    b.interact("stairs", 34, 11, 2, 2, "Penthouse_Stairs", "Stairs")  # down to the landing, where the player stands
    b.interact("kitchen_table", 29, 6, 3, 2, "Penthouse_Kitchen_Table", "Table")
    b.interact("hall_sofa", 28, 24, 3, 2, "Penthouse_Hall_Sofa", "Sofa")

    for name, x, y, colour, r, strength in (
            ("window_city", 8.5, 3, "#4f8fe0", 64, 0.35), ("sylvia_window", 15.5, 3, "#ff7ad0", 48, 0.35),
            ("floor_lamp", 2.5, 9.5, "#d8e8ff", 56, None), ("floor_lamp_2", 20.5, 12.5, "#d8e8ff", 48, None),
            ("tv_glow", 17.5, 5, "#2ff0ff", 40, 0.5), ("hifi_glow", 15, 5, "#a8ff2f", 24, 0.5),
            ("kitchen", 31, 5, "#f4f0c8", 72, 0.45), ("fridge", 33.5, 4, "#9fd8ff", 24, 0.4),
            ("hall", 32, 17, "#ffa050", 64, 0.45), ("hall_lamp", 27.5, 20.5, "#d8e8ff", 48, None),
            ("waiting_lamp", 31.5, 25.5, "#ffb02f", 40, 0.5), ("hall_neon", 36.5, 25.5, "#ff2fa8", 32, 0.5),
            ("bed_lamp", 2.5, 19.5, "#ff7ad0", 48, None), ("bedroom_tv", 10.5, 25.5, "#2ff0ff", 36, 0.4),
            ("bathroom", 17, 21, "#f2f0ff", 48, 0.35), ("closet", 22.5, 21, "#ffe82f", 36, 0.35),
            # the light strip in the pit's step
            ("pit_strip_w", 5.5, 6.5, "#2ff0ff", 40, 0.3), ("pit_strip_e", 11.5, 6.5, "#2ff0ff", 40, 0.3)):
        b.light(name, x, y, colour, r, strength=strength)
