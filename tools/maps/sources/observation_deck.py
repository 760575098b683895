"""The observation deck: the terrace behind its parapet and fence, the city laid out beyond it,
coin binoculars, Johann's telescope, the gift kiosk, and the glass wall of the lobby below, with
the payphone Johann calls Owen from once the deck has closed behind him (chapter 4).

Legend: # parapet / wall top; F the parapet's inner face; G the lobby's glass wall; q quarry tile
terrace; c lobby concrete; f the safety fence; V the view (sky and skyline, drawn in furnish).
"""

META = dict(width=40, height=22, sets=["deck", "street"], title="Observation Deck", music="deck",
            ambience="rooftop_wind", ambient="#5a5a8a", wall_prefix="parapet_top")

LEGEND = {
    "#": ("wall",),
    "F": ("front", "stone", "one row"),
    "G": ("front", "glass"),
    "q": ("floor", "floor_quarry_1", "floor_quarry_2", "floor_quarry_3"),
    "c": ("floor", "floor_concrete_1", "floor_concrete_2", "floor_concrete_3"),
    "f": ("floor", "fence_1"),
    "V": ("floor", "view_1"),
}

LAYOUT = """
VVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVV
VVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVV
VVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVVV
ffffffffffffffffffffffffffffffffffffffff
########################################
#FFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFF#
#qqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqq#
#qqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqq#
#qqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqq#
#qqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqq#
#qqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqq#
##################qq####################
#GGGGGGGGGGGGGGGGGccGGGGGGGGGGGGGGGGGGG#
#GGGGGGGGGGGGGGGGGccGGGGGGGGGGGGGGGGGGG#
#cccccccccccccccccccccccccccccccccccccc#
#cccccccccccccccccccccccccccccccccccccc#
#cccccccccccccccccccccccccccccccccccccc#
#cccccccccccccccccccccccccccccccccccccc#
#cccccccccccccccccccccccccccccccccccccc#
#cccccccccccccccccccccccccccccccccccccc#
########################################
########################################
"""


def furnish(b):
    for k, x in enumerate(range(0, b.w, 16), 1):  # the view: one picture in blocks 16 tiles wide
        b.block(f"view_{k}", x, 0, layer="floor", over=0)
    for x in range(0, b.w, 5):
        b.put("floor", x, 3, "fence_post")

    # -- the terrace -----------------------------------------------------------------------------
    for x in (4, 10, 24, 30, 35):
        b.block("binoculars", x, 5)
    b.block("bench", 7, 9)
    b.block("bench", 27, 9)
    b.block("kiosk", 32, 7)
    b.block("sign_closed", 13, 9, over=0)
    # -- the lobby -------------------------------------------------------------------------------
    b.block("glass_doors", 18, 12, layer="walls", over=0)
    b.block("sign_open", 14, 12, over=0)
    b.block("bench", 5, 17)
    b.block("bench", 31, 17)
    b.block("kiosk", 9, 15)
    b.block("street:payphone", 25, 14)

    b.spawn("elevator", 19, 18, "up", default=True)
    b.marker("telescope", 17, 7, "up")
    b.marker("guard_post", 20, 8, "down")
    b.marker("glass_doors", 18, 14, "up")
    b.marker("closing_call", 19, 10, "down")
    b.marker("binoculars", 10, 7, "up")
    b.marker("elevator_doors", 19, 19, "down")
    b.marker("payphone", 25, 16, "up")

    b.npc("guard", 21, 9, "left", node="Deck_Talk_Guard")
    b.npc("guest_4", 24, 7, "up", node="Deck_Talk_Tourist", name="tourist_1", label="Tourist")
    b.npc("guest_5", 25, 7, "up", node="Deck_Talk_Tourist", name="tourist_2", label="Tourist")
    b.npc("guest_1", 33, 16, "left", node="Deck_Talk_Kiosk", name="kiosk_clerk", label="Clerk")

    # Johann's telescope stands on the terrace until he packs it at closing time (beat 11)
    b.prop("telescope", 17, 6, condition="not beat(11)", solid=True)
    b.interact("telescope", 17, 5, 1, 2, "Deck_Telescope", "Telescope", condition="not beat(11)")
    b.interact("binoculars_west", 4, 5, 1, 2, "Deck_Binoculars_West", "Binoculars")
    b.interact("binoculars_mid", 10, 5, 1, 2, "Deck_Binoculars_Middle", "Binoculars")
    b.interact("binoculars_east", 30, 5, 1, 2, "Deck_Binoculars_East", "Binoculars")
    b.interact("view", 12, 3, 4, 3, "Deck_View", "The view")
    b.interact("fence", 26, 3, 3, 3, "Deck_Fence", "Fence")
    b.interact("bench", 7, 9, 2, 1, "Deck_Bench", "Bench")
    b.interact("kiosk", 32, 7, 3, 2, "Deck_Kiosk", "Gift kiosk")
    b.interact("sign_closed", 13, 9, 2, 1, "Deck_Sign_Closed", "Sign")
    b.interact("glass_doors", 18, 12, 2, 1, "Deck_Glass_Doors", "Doors")
    b.interact("lobby_kiosk", 9, 15, 3, 2, "Deck_Lobby_Kiosk", "Postcards")
    b.interact("elevator", 18, 19, 2, 1, "Deck_Elevator", "Elevator")
    b.interact("payphone", 25, 14, 1, 2, "Deck_Payphone", "Payphone")
    # after closing time the glass doors are locked behind Johann
    b.trigger("locked_doors", 18, 11, 2, 3, "Deck_Locked_Doors", once=False, condition="beat(11)")

    for name, x, y, colour, r, strength in (
            ("city_west", 8, 2, "#ff6a1f", 96, 0.25), ("city_east", 30, 2, "#ffb02f", 96, 0.25),
            ("terrace_1", 6, 7, "#f4f0c8", 56, 0.35), ("terrace_2", 20, 7, "#f4f0c8", 56, 0.35),
            ("terrace_3", 34, 7, "#f4f0c8", 56, 0.35), ("kiosk", 33.5, 8, "#ffb02f", 40, 0.5),
            ("sign_closed", 14, 9.5, "#e0283a", 32, 0.5), ("lobby_1", 10, 16, "#f2f0ff", 72, 0.35),
            ("lobby_2", 28, 16, "#f2f0ff", 72, 0.35), ("doors", 19, 13, "#ffe82f", 40, 0.35),
            ("payphone", 25.5, 15, "#f2f0ff", 24, 0.4)):
        b.light(name, x, y, colour, r, strength=strength)
