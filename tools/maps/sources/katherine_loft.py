"""Katherine's loft across town: one big brick room for the party, a kitchen corner, the
bathroom, the front door, and the balcony over the city.

Legend: # wall top; p the balcony's parapet; R/T brick and tile wall faces; F the parapet's
inner face; c concrete, x checker, m bathroom floor; t the balcony's tar; S night sky.
"""

META = dict(width=40, height=26, sets=["interior", "rooftop"], title="Katherine's Loft", music="party",
            ambience="party_chatter", ambient="#8a8ab8")

LEGEND = {
    "#": ("wall",),
    "p": ("wall", "rooftop:parapet_top"),
    "R": ("front", "factory"),
    "T": ("front", "tiles"),
    "F": ("front", "rooftop:parapet", "one row"),
    "c": ("floor", "floor_concrete_1", "floor_concrete_2", "floor_concrete_3"),
    "x": ("floor", "floor_check_1", "floor_check_2", "floor_check_3"),
    "m": ("floor", "floor_bath_1", "floor_bath_2", "floor_bath_3"),
    "t": ("floor", "rooftop:floor_tar_1", "rooftop:floor_tar_2", "rooftop:floor_tar_3"),
    "S": ("floor", "rooftop:sky_1", "rooftop:sky_2", "rooftop:sky_3"),
}

LAYOUT = """
SSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSS
SSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSS
SSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSS
SSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSS
SSSSSSSSSppppppppppppppppppppppSSSSSSSSS
SSSSSSSSSpFFFFFFFFFFFFFFFFFFFFpSSSSSSSSS
SSSSSSSSSpttttttttttttttttttttpSSSSSSSSS
SSSSSSSSSpttttttttttttttttttttpSSSSSSSSS
SSSSSSSSSpttttttttttttttttttttpSSSSSSSSS
###################tt###################
#RRRRRRRRRRRRRRRRRRccRRRRRRRRRRRRRRRRRR#
#RRRRRRRRRRRRRRRRRRccRRRRRRRRRRRRRRRRRR#
#ccccccccccccccccccccccccccccxxxxxxxxxx#
#ccccccccccccccccccccccccccccxxxxxxxxxx#
#ccccccccccccccccccccccccccccxxxxxxxxxx#
#ccccccccccccccccccccccccccccxxxxxxxxxx#
#ccccccccccccccccccccccccccccxxxxxxxxxx#
#ccccccccccccccccccccccccccccxxxxxxxxxx#
#ccccccccccccccccccccccccccccxxxxxxxxxx#
#ccccccccccccccccccccccccccccc##########
#ccccccccccccccccccccccccccccc#TTTTTTTT#
#ccccccccccccccccccccccccccccc#TTTTTTTT#
#cccccccccccccccccccccccccccccmmmmmmmmm#
#cccccccccccccccccccccccccccccmmmmmmmmm#
#ccccccccccccccccccccccccccccc#mmmmmmmm#
########################################
"""


def furnish(b):
    # the city beyond the balcony: downtown, the Twin Towers close (the roof's southern view)
    for k, x in enumerate(range(0, b.w, 16), 1):
        b.block(f"rooftop:city_south_{k}", x, 2, layer="floor", over=0)
    b.block("rooftop:chimney", 11, 6)
    b.put("decor", 28, 6, "rooftop:vent")
    b.block("plant", 13, 6)
    b.block("plant", 26, 6)
    b.put("decor", 23, 7, "rooftop:puddle_2")

    # -- the party room: big windows, the balcony doorway, art on the brick ---------------------
    b.window(4, 10, 4, "window_factory")
    b.window(11, 10, 5, "window_factory")
    b.window(22, 10, 5, "window_factory")
    b.block("door_frame", 19, 10, layer="walls", over=0)
    b.block("door_frame", 20, 10, layer="walls", over=0)
    b.put("decor", 2, 10, "poster_gallery")
    b.put("decor", 9, 10, "canvas_drip")
    b.block("canvas_red", 28, 10, over=0)
    b.block("door_closed", 36, 10, layer="walls", over=0)
    b.block("shelf_manuscripts", 33, 10, over=0)

    b.rug("kilim", 3, 14, 8, 5)
    b.block("sofa_chesterfield", 4, 16)
    b.block("sofa_chesterfield", 8, 13)
    b.block("chair_factory", 3, 13)
    b.block("chair_factory", 10, 16)
    b.put("decor", 7, 18, "lava_lamp")
    b.block("dj_deck", 14, 11, over=0)  # its top against the window's foot
    b.block("lamp_work", 2, 19)
    b.rug("kilim", 14, 17, 9, 5)
    b.block("table_trestle", 17, 19)
    for x in (17, 18, 19):
        b.put("decor", x, 18, "chair_fold_s")
        b.put("decor", x, 21, "chair_fold_n")
    b.put("decor", 24, 14, "bar_cart")
    b.put("decor", 25, 14, "bar_cart")
    b.block("plant", 1, 22)
    b.block("plant", 27, 22)
    b.block("lamp_work", 26, 17)
    b.block("sofa_chesterfield", 6, 22)
    b.put("decor", 10, 22, "lamp_clamp")
    b.put("decor", 12, 23, "boombox")

    # -- kitchen corner --------------------------------------------------------------------------
    b.row("decor", 29, 12, ["counter_l", "counter_m", "counter_stove", "counter_sink"])
    b.block("fridge", 33, 12)
    b.put("decor", 36, 14, "phone_crate")
    b.block("coat_rail", 35, 16)  # the coats of the clients
    b.block("plant", 38, 12)

    # -- bathroom --------------------------------------------------------------------------------
    b.put("decor", 33, 20, "mirror_steel")
    b.put("decor", 33, 22, "bath_sink")
    b.put("decor", 31, 22, "toilet")
    b.block("tub", 36, 22)

    # -- objects ---------------------------------------------------------------------------------
    b.spawn("front_door", 36, 12, "down", default=True)
    b.spawn("balcony", 19, 7, "down")
    b.marker("balcony_rail", 20, 6, "up")
    b.marker("party_centre", 15, 15)
    b.marker("argument", 22, 16, "left")
    b.marker("sofa_paul", 8, 19, "left")
    b.marker("bar_cart", 24, 15, "up")
    b.marker("hall", 36, 13, "down")
    b.marker("kitchen", 31, 13, "up")
    b.marker("bathroom_door", 30, 22, "right")

    b.npc("katherine", 22, 15, "left", node="Loft_Talk_Katherine")
    b.npc("paul", 8, 19, "left", node="Loft_Talk_Paul")
    guests = ((12, 15, "guest_1", "right"), (14, 16, "guest_2", "left"), (20, 13, "guest_3", "down"),
              (22, 13, "guest_4", "left"), (16, 23, "guest_5", "up"), (25, 19, "guest_6", "left"),
              (15, 7, "guest_7", "up"), (31, 15, "guest_8", "left"))
    # the three clients chapter 6 sends Katherine to greet go by their names, the rest as "Client"
    named = {1: "Mr. Brandt", 3: "Mrs. Osgood", 6: "Lyle"}
    for i, (x, y, actor, facing) in enumerate(guests, 1):
        b.npc(actor, x, y, facing, node="Loft_Talk_Guest", name=f"client_{i}", label=named.get(i, "Client"))

    b.interact("bar_cart", 24, 14, 2, 1, "Loft_Bar_Cart", "Bar cart")
    b.interact("hifi", 14, 12, 2, 1, "Loft_Hifi", "Hi-fi")
    b.interact("windows", 11, 10, 5, 2, "Loft_Windows", "Windows")
    b.interact("table", 17, 19, 3, 2, "Loft_Table", "Table")
    b.interact("sofa", 4, 16, 3, 2, "Loft_Sofa", "Sofa")
    b.interact("lava_lamp", 7, 18, 1, 1, "Loft_Lava_Lamp", "Lamp")
    b.interact("fridge", 33, 12, 1, 2, "Loft_Fridge", "Fridge")
    b.interact("stove", 31, 12, 1, 1, "Loft_Stove", "Stove")
    b.interact("phone", 36, 14, 1, 1, "Loft_Phone", "Telephone")
    b.interact("coats", 35, 16, 2, 2, "Loft_Coats", "Coats")
    b.interact("bookshelf", 33, 10, 2, 2, "Loft_Bookshelf", "Bookshelf")
    b.interact("mirror", 33, 20, 1, 3, "Loft_Mirror", "Mirror")
    b.interact("front_door", 36, 10, 1, 2, "Loft_Front_Door", "Front door")
    b.interact("skyline", 16, 5, 4, 1, "Loft_Balcony_View", "The view")
    b.interact("art", 28, 10, 1, 2, "Loft_Art", "Painting")

    for name, x, y, colour, r, strength in (
            ("party", 15, 16, "#ffb02f", 88, 0.4), ("hifi", 15, 13, "#a8ff2f", 32, 0.5),
            ("lava", 7.5, 18.5, "#ff2fa8", 40, 0.55), ("floor_lamp", 2.5, 19.5, "#ffb02f", 48, None),
            ("floor_lamp_2", 26.5, 17.5, "#ffb02f", 48, None), ("candles", 18.5, 20, "#ffe82f", 40, 0.5),
            ("kitchen", 33, 14, "#f4f0c8", 64, 0.4), ("bathroom", 34, 23, "#f2f0ff", 40, 0.35),
            ("boombox", 12.5, 23.5, "#a8ff2f", 24, 0.45), ("balcony_city", 20, 4, "#ff6a1f", 96, 0.25),
            ("doorway", 20, 9, "#ffb02f", 40, 0.4), ("window_glow", 13.5, 11, "#4f8fe0", 48, 0.3)):
        b.light(name, x, y, colour, r, strength=strength)
