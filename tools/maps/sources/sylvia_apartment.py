"""Sylvia's apartment across the street from the penthouse: the window where Johann's telescope
stands, the dining room, the kitchen, her bedroom and bathroom, and the entry hall.

Legend: # wall top; K/P/T paint, wallpaper, tiles wall faces; w wood, x checker, r carpet,
m bathroom floor.
"""

META = dict(width=32, height=22, sets=["interior"], title="Sylvia's Apartment", music="dinner",
            ambience="apartment_hum", ambient="#8a8ab8")

LEGEND = {
    "#": ("wall",),
    "K": ("front", "paint"),
    "P": ("front", "paper"),
    "T": ("front", "tiles"),
    "w": ("floor", "floor_wood_1", "floor_wood_2", "floor_wood_3"),
    "x": ("floor", "floor_check_1", "floor_check_2", "floor_check_3"),
    "r": ("floor", "floor_carpet_1", "floor_carpet_2", "floor_carpet_3"),
    "m": ("floor", "floor_bath_1", "floor_bath_2", "floor_bath_3"),
}

LAYOUT = """
################################
#KKKKKK#PPPPPPPPPPPPPPP#TTTTTTT#
#KKKKKK#PPPPPPPPPPPPPPP#TTTTTTT#
#wwwwww#wwwwwwwwwwwwwww#xxxxxxx#
#wwwwww#wwwwwwwwwwwwwww#xxxxxxx#
#wwwwww#wwwwwwwwwwwwwwwxxxxxxxx#
#wwwwww#wwwwwwwwwwwwwwwxxxxxxxx#
#wwwwww#wwwwwwwwwwwwwwwxxxxxxxx#
#wwwwww#wwwwwwwwwwwwwww#xxxxxxx#
#wwwwwwwwwwwwwwwwwwwwww#xxxxxxx#
#wwwwwwwwwwwwwwwwwwwwww#xxxxxxx#
#wwwwwwwwwwwwwwwwwwwwww#xxxxxxx#
#wwwwww#wwwwwwwwwwwwwww#xxxxxxx#
#wwwwww#########################
#wwwwww#KKKKKKKKKKKKKKK#TTTTTTT#
#wwwwww#KKKKKKKKKKKKKKK#TTTTTTT#
#wwwwwwrrrrrrrrrrrrrrrrmmmmmmmm#
#wwwwwwrrrrrrrrrrrrrrrrmmmmmmmm#
#wwwwww#rrrrrrrrrrrrrrr#mmmmmmm#
#wwwwww#rrrrrrrrrrrrrrr#mmmmmmm#
#wwwwww#rrrrrrrrrrrrrrr#mmmmmmm#
################################
"""


def furnish(b):
    # -- hall ----------------------------------------------------------------------------------
    b.block("door_closed", 3, 1, layer="walls", over=0)
    b.put("decor", 5, 1, "photo_publicity")  # her, signed, for whoever comes in
    b.block("coat_stand", 1, 4)
    b.put("decor", 5, 6, "phone_table")
    b.block("plant_palm", 5, 11)
    b.rug("rose", 2, 13, 3, 4)

    # -- living and dining room: the window looks across at the penthouse ----------------------
    b.window(9, 1, 6)
    b.block("shelf_scripts", 16, 1, over=0)
    b.put("decor", 19, 1, "awards")  # a television producer's living room: her awards, her show
    b.put("decor", 21, 2, "show_poster")
    b.block("plant_palm", 8, 2)
    b.block("plant_palm", 22, 2)
    b.rug("rose", 13, 5, 6, 4)
    b.block("dining_table", 14, 6)
    for x in (14, 15, 16):
        b.put("decor", x, 5, "chair_s")
        b.put("decor", x, 8, "chair_n")
    b.block("bar_cart_brass", 20, 6)
    b.block("sofa_velvet", 9, 10)
    b.block("coffee_table_marble", 9, 8)
    b.block("tv_console", 13, 10)
    b.block("lamp_brass", 8, 7)
    b.put("decor", 21, 11, "lava_lamp_brass")
    b.block("armchair_wing", 18, 10)

    # -- kitchen -------------------------------------------------------------------------------
    b.row("decor", 24, 3, ["counter_l", "counter_m", "counter_stove", "counter_m", "counter_sink"])
    b.block("fridge", 29, 2)
    b.put("decor", 25, 1, "clock_sunburst")
    b.block("plant_palm", 30, 10)

    # -- bedroom and bathroom ------------------------------------------------------------------
    b.block("bed", 10, 16, over=1)
    b.rug("rose", 14, 17, 4, 3)
    b.put("decor", 9, 16, "nightstand")
    b.put("decor", 12, 16, "table_lamp")
    b.block("wardrobe_mirror", 18, 14, over=0)
    b.put("decor", 14, 14, "photo_publicity")
    b.block("armchair_wing", 21, 16)
    b.put("decor", 27, 14, "mirror")
    b.put("decor", 27, 16, "bath_sink")
    b.put("decor", 24, 16, "toilet")
    b.block("tub", 29, 17)
    b.block("plant_palm", 24, 19)

    # -- objects -------------------------------------------------------------------------------
    b.spawn("front_door", 3, 3, "down", default=True)
    # chapter 8: the dinner keeps Johann in; the door says why (Sylvia_Door_Shut)
    b.door("to_street", 3, 1, 1, 2, "street", "sylvia", condition='not chapter_is("8")')
    b.trigger("street_shut", 3, 1, 1, 2, "Sylvia_Door_Shut", once=False, condition='chapter_is("8")')
    b.interact("door_shut", 3, 1, 1, 2, "Sylvia_Door_Shut", "Front door", condition='chapter_is("8")')

    b.marker("telescope", 10, 5, "up")
    b.marker("telescope_stand", 10, 4, "up")
    b.marker("window", 12, 3, "up")
    b.marker("dinner_johann", 15, 9, "up")
    b.marker("dinner_sylvia", 15, 4, "down")
    b.marker("sofa", 10, 12, "up")
    b.marker("kitchen", 26, 4, "up")
    b.marker("hall", 3, 8, "down")
    b.marker("bedroom_door", 7, 16, "right")

    b.npc("sylvia", 15, 4, "down", node="Sylvia_Talk_Sylvia")

    # Johann's telescope is in her window from when he sets it up in chapter 5 (beat 14); chapter 8,
    # chosen from the menu, starts with it there
    up = 'beat(14) or chapter_is("8")'
    b.prop("telescope", 10, 4, condition=up, solid=True)
    b.interact("telescope", 10, 3, 1, 2, "Sylvia_Telescope", "Telescope", condition=up)
    b.interact("window", 12, 1, 3, 2, "Sylvia_Window", "Window")
    b.interact("dining_table", 14, 6, 3, 2, "Sylvia_Dining_Table", "Table")
    b.interact("bookshelf", 16, 1, 2, 2, "Sylvia_Bookshelf", "Bookshelf")
    b.interact("awards", 19, 1, 1, 2, "Sylvia_Awards", "Awards")
    b.interact("show_poster", 21, 1, 1, 2, "Sylvia_Show_Poster", "Poster")
    b.interact("photo", 5, 1, 1, 2, "Sylvia_Photo", "Photograph")
    b.interact("bar_cart", 20, 6, 2, 1, "Sylvia_Bar_Cart", "Bar cart")
    b.interact("tv", 13, 11, 2, 1, "Sylvia_TV", "Television")
    b.interact("lava_lamp", 21, 11, 1, 1, "Sylvia_Lava_Lamp", "Lamp")
    b.interact("stove", 26, 3, 1, 1, "Sylvia_Stove", "Stove")
    b.interact("fridge", 29, 2, 1, 2, "Sylvia_Fridge", "Fridge")
    b.interact("phone", 5, 6, 1, 1, "Sylvia_Phone", "Telephone")
    b.interact("coats", 1, 4, 2, 2, "Sylvia_Coats", "Coats")
    b.interact("bed", 10, 16, 2, 3, "Sylvia_Bed", "Bed")
    b.interact("mirror", 27, 14, 1, 3, "Sylvia_Mirror", "Mirror")

    for name, x, y, colour, r, strength in (
            ("window_city", 12, 3, "#4f8fe0", 64, 0.35), ("candles", 15.5, 7, "#ffb02f", 48, 0.6),
            ("floor_lamp", 8.5, 7.5, "#ffb02f", 48, None), ("tv", 13.7, 12.2, "#2ff0ff", 36, 0.35),
            ("lava_lamp", 21.5, 11.5, "#ff2fa8", 32, 0.5), ("kitchen", 27, 5, "#f4f0c8", 64, 0.4),
            ("hall", 3.5, 8, "#ffa050", 56, 0.4), ("bed_lamp", 12.5, 16.5, "#ff7ad0", 40, None),
            ("bathroom", 27, 17, "#f2f0ff", 40, 0.35)):
        b.light(name, x, y, colour, r, strength=strength)
