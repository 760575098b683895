"""Who is who: the parameters every person's sprite and portrait are drawn from.

Keys (all colours are palette names):
  height -1/0/1, build slim/normal/broad, taper (waist), padded (square shoulders)
  skin, hair, hair_style (a style in hair.txt), beard, hat, hat_band, eyes, lips, stripe/stripe2
  (make-up across the eyes), glasses, headphones, mic
  top, top_style jacket/cardigan/coat/vest/uniform/dress/tshirt/shirt, inner (shirt or lapel
  colour), sleeve, texture check/stripes/sequins (+ stripe colour), tie, bowtie, necklace, badge,
  buttons
  lower trousers/skirt/gown/coat/long_top, bottom (trousers or skirt), legs (skin or tights), shoes
  prop notebook/camera/clipboard/brush, colour (name plate colour), fallen (has a fallen pose),
  moods (portrait expressions, neutral first), portrait (extra portrait-only settings)
Body and bearing (sprite only; see sprite.py):
  belly, slouch (drooping shoulders), stoop (head sunk and pushed forward), apart (feet set wide, px)
  stance hips/pockets/behind/folded/front (both hands hold the prop in front)/case (+ case colour)/
  glass/tray/raised; stole (a fur round the shoulders), collar (turned up), bag and strap
  gait: a walk from sprite.GAITS; idle: what the second idle frame does, from sprite.IDLES
"""

from __future__ import annotations

BASE = {
    "height": 0, "build": "normal", "taper": False, "padded": False, "skin": "skin",
    "hair": "brown_dark", "hair_style": "short", "top": "grey_dark", "top_style": "jacket",
    "inner": "white", "lower": "trousers", "bottom": "ink", "legs": "skin", "shoes": "black",
    "fallen": False,
}

# Margaret and Jimmy share this shape: only their colours differ.
_MODEL = {
    "build": "normal", "taper": True, "padded": True, "hair_style": "cropped", "top_style": "jacket",
    "lower": "trousers", "height": 1, "gait": "glide",
}

PEOPLE: dict[str, dict] = {
    "margaret": {
        **_MODEL, "skin": "skin_light", "hair": "bleach", "top": "magenta", "inner": "black",
        "bottom": "black", "shoes": "white", "stripe": "magenta", "stripe2": "cyan", "lips": "plum",
        "idle": "still", "colour": "magenta", "moods": ["neutral", "cold", "shaken", "wry"],
    },
    "jimmy": {
        **_MODEL, "skin": "skin_light", "hair": "brown_dark", "top": "acid", "inner": "black",
        "bottom": "night_mid", "shoes": "acid", "stripe": "acid", "stripe2": "violet", "lips": "skin_dark",
        "idle": "fidget", "colour": "acid", "fallen": True, "moods": ["neutral", "sneer", "pleading"],
    },
    "adrian": {
        "height": -1, "skin": "skin_mid", "hair": "brown_dark", "hair_style": "short", "top": "leather",
        "texture": "sheen", "inner": "red", "collar": "leather", "bag": "black", "strap": "black",
        "bottom": "navy", "shoes": "black", "apart": 1, "stance": "pockets", "lips": "red_dark",
        "colour": "red", "moods": ["neutral", "stern", "worried"],
    },
    "johann": {
        "height": 1, "skin": "skin", "hair": "grey_light", "hair_style": "hat_brim", "hat": "brown_dark",
        "hat_band": "black", "top": "brown", "top_style": "coat", "inner": "grey", "lower": "long_coat",
        "bottom": "grey_dark", "shoes": "brown_dark", "prop": "notebook", "stance": "front", "stoop": True,
        "idle": "notebook", "gait": "stride",
        "colour": "tan", "moods": ["neutral", "intent", "flustered"],
    },
    "owen": {
        "build": "broad", "belly": True, "gait": "heavy",
        "skin": "skin", "hair": "brown", "hair_style": "balding", "beard": "brown",
        "top": "tan", "texture": "check", "inner": "white", "tie": "red_dark", "bottom": "brown_dark",
        "shoes": "brown_dark", "colour": "wood", "fallen": True, "moods": ["neutral", "warm", "smug"],
    },
    "sylvia": {
        "skin": "skin_light", "hair": "blonde", "hair_style": "big", "top": "violet", "top_style": "dress",
        "texture": "sequins", "lower": "gown", "bottom": "violet", "legs": "skin_light", "shoes": "lilac",
        "taper": True, "lips": "red", "necklace": "white", "stole": "white", "stance": "glass",
        "gait": "sashay", "colour": "violet",
        "moods": ["neutral", "flirty", "hurt"],
    },
    "katherine": {
        "build": "slim", "skin": "skin_mid", "hair": "brown_dark", "hair_style": "bob", "top": "blue", "padded": True,
        "inner": "white", "lower": "pencil", "stance": "case", "case": "black", "gait": "brisk", "bottom": "blue", "legs": "night_high", "shoes": "red",
        "taper": True, "lips": "red", "colour": "sky", "moods": ["neutral", "angry", "tired"],
    },
    "paul": {
        "build": "slim", "slouch": True, "stoop": True, "stance": "pockets", "gait": "shuffle",
        "skin": "skin_light", "hair": "brown", "hair_style": "lank", "top": "grey",
        "top_style": "cardigan", "inner": "steel_dark", "lower": "long_top", "bottom": "night_high",
        "shoes": "brown_dark", "eyes": "skin_deep", "stubble": True, "colour": "grey_light", "fallen": True,
        "moods": ["neutral", "sullen", "strung_out"],
    },
    "soap_actor": {
        "build": "broad", "height": 1, "padded": True, "taper": True, "stance": "hips", "apart": 1, "gait": "strut",
        "skin": "skin_mid", "hair": "night", "hair_style": "quiff", "top": "ice", "inner": "pink", "bottom": "white", "shoes": "white",
        "colour": "ice", "fallen": True, "moods": ["neutral", "charming", "cold"],
    },
    # ---- the crew
    "photographer": {
        "height": -1, "apart": 2, "skin": "skin_dark", "hair": "night", "hair_style": "spiky", "top": "steel_dark", "top_style": "jacket",
        "inner": "yellow", "bottom": "grey_dark", "shoes": "yellow", "prop": "camera",
        "colour": "yellow", "moods": ["neutral", "eager"],
    },
    "makeup_artist": {
        "height": -1, "build": "slim", "skin": "skin_light", "hair": "red", "hair_style": "ponytail", "top": "pink", "top_style": "tshirt",
        "lower": "skirt", "bottom": "black", "legs": "plum", "shoes": "pink", "taper": True,
        "lips": "magenta", "prop": "brush", "colour": "pink", "moods": ["neutral", "bored"],
    },
    "stylist": {
        "height": 1, "stance": "hips", "gait": "brisk", "build": "slim", "skin": "skin", "hair": "cyan", "hair_style": "asym", "top": "grey_dark",
        "top_style": "tshirt", "bottom": "cyan", "shoes": "white", "glasses": "teal",
        "colour": "cyan", "moods": ["neutral", "fussy"],
    },
    "stage_manager": {
        "height": -1, "stance": "front", "gait": "brisk", "skin": "skin_deep", "hair": "night", "hair_style": "updo", "top": "grey_dark", "top_style": "tshirt",
        "bottom": "black", "shoes": "black", "headphones": "steel", "mic": True, "prop": "clipboard",
        "taper": True, "colour": "amber", "moods": ["neutral", "harried"],
    },
    "dj": {
        "stance": "raised", "skin": "skin_dark", "hair": "orange", "hair_style": "flattop", "top": "night_high",
        "top_style": "tshirt", "bottom": "black", "shoes": "orange", "headphones": "white",
        "glasses": "black", "colour": "orange", "moods": ["neutral", "grooving"],
    },
    "bouncer": {
        "stance": "folded", "apart": 2, "gait": "heavy", "build": "broad", "height": 1, "skin": "skin_deep", "hair": "brown_dark", "hair_style": "shaved",
        "top": "steel_dark", "top_style": "jacket", "inner": "grey_dark", "bottom": "night_high",
        "shoes": "black", "glasses": "black",
        "colour": "steel", "moods": ["neutral", "hard"],
    },
    "bartender": {
        "stance": "tray", "skin": "skin_light", "hair": "brown", "hair_style": "side_part", "top": "plum_dark",
        "top_style": "vest", "inner": "white", "sleeve": "white", "bowtie": "red", "bottom": "black",
        "shoes": "black", "colour": "lilac", "moods": ["neutral", "knowing"],
    },
    "doorman": {
        "height": -1, "build": "broad", "skin": "skin_mid", "hair": "grey", "hair_style": "cap",
        "hat": "red_dark", "hat_band": "yellow", "top": "red_dark", "top_style": "uniform",
        "lower": "coat", "buttons": "yellow", "bottom": "black", "shoes": "black",
        "colour": "amber", "moods": ["neutral", "polite"],
    },
    "guard": {
        "build": "broad", "stance": "behind", "apart": 1, "skin": "skin_dark", "hair": "night", "hair_style": "cap", "hat": "navy", "hat_band": "steel",
        "top": "steel_dark", "top_style": "uniform", "inner": "navy", "buttons": "steel", "badge": "yellow",
        "bottom": "navy", "shoes": "black", "colour": "steel", "moods": ["neutral", "stern"],
    },
    # ---- club-goers and party guests: New Wave downtown and 1983 uptown
    "guest_1": {
        "build": "slim", "skin": "skin_light", "hair": "magenta", "hair_style": "mohawk", "top": "grey_dark",
        "top_style": "tshirt", "lower": "skirt", "bottom": "red", "legs": "ink", "shoes": "black",
        "taper": True, "lips": "black", "stripe": "black", "colour": "magenta", "moods": ["neutral"],
    },
    "guest_2": {
        "stance": "glass", "apart": 1, "skin": "skin", "hair": "night", "hair_style": "quiff", "top": "white", "top_style": "tshirt",
        "bottom": "blue", "shoes": "red", "colour": "blue", "moods": ["neutral"],
    },
    "guest_3": {
        "skin": "skin_deep", "hair": "night", "hair_style": "afro", "top": "yellow", "top_style": "dress",
        "lower": "skirt", "bottom": "yellow", "legs": "skin_deep", "shoes": "white", "taper": True,
        "lips": "magenta", "colour": "yellow", "moods": ["neutral"],
    },
    "guest_4": {
        "stance": "folded", "build": "broad", "skin": "skin_dark", "hair": "night", "hair_style": "flattop", "top": "orange",
        "padded": True, "inner": "black", "bottom": "black", "shoes": "white", "colour": "orange",
        "moods": ["neutral"],
    },
    "guest_5": {
        "height": 1, "stance": "hips", "gait": "sashay", "build": "slim", "skin": "skin_mid", "hair": "night", "hair_style": "long", "top": "cyan",
        "top_style": "dress", "lower": "skirt", "bottom": "cyan", "legs": "black", "shoes": "cyan",
        "taper": True, "lips": "plum", "stripe2": "cyan", "colour": "cyan", "moods": ["neutral"],
    },
    "guest_6": {
        "stance": "glass", "height": 1, "build": "slim", "skin": "skin_light", "hair": "grey_light",
        "hair_style": "side_part", "top": "navy", "inner": "white", "tie": "red", "bottom": "navy",
        "shoes": "black", "colour": "navy", "moods": ["neutral"],
    },
    "guest_7": {
        "height": -1, "stole": "white", "stance": "glass", "gait": "sashay", "skin": "skin", "hair": "brown", "hair_style": "updo", "top": "green", "top_style": "dress",
        "lower": "gown", "bottom": "green", "legs": "skin", "shoes": "green_dark", "necklace": "white",
        "taper": True, "lips": "red", "colour": "green", "moods": ["neutral"],
    },
    "guest_8": {
        "build": "slim", "skin": "skin_light", "hair": "night", "hair_style": "beret", "hat": "red",
        "top": "grey_dark", "top_style": "tshirt", "texture": "stripes", "stripe": "white", "bottom": "black",
        "shoes": "red", "lips": "red", "colour": "red", "moods": ["neutral"],
    },
    # ---- the club's bar crowd
    "guest_9": {
        "height": 1, "build": "slim", "stance": "glass", "skin": "skin_deep", "hair": "night", "hair_style": "spiky",
        "top": "grey_light", "top_style": "dress", "texture": "sequins", "stripe": "white", "lower": "skirt",
        "bottom": "grey_light", "legs": "black", "shoes": "magenta", "taper": True, "lips": "magenta",
        "colour": "grey_light", "moods": ["neutral"],
    },
    "guest_10": {
        "padded": True, "stance": "glass", "apart": 1, "skin": "skin_mid", "hair": "night",
        "hair_style": "slick", "top": "white", "inner": "pink", "bottom": "white", "shoes": "black",
        "glasses": "black", "colour": "white", "moods": ["neutral"],
    },
    "guest_11": {
        "height": -1, "build": "slim", "stance": "raised", "skin": "skin_light", "hair": "acid", "hair_style": "shaved",
        "top": "leather", "top_style": "vest", "inner": "black", "sleeve": "skin_light", "lower": "skirt",
        "bottom": "black", "legs": "acid", "shoes": "black", "lips": "black", "stripe": "acid",
        "colour": "acid", "moods": ["neutral"],
    },
    "guest_12": {
        "height": -1, "build": "broad", "belly": True, "stance": "pockets", "skin": "skin", "hair": "red",
        "hair_style": "ponytail", "top": "orange", "top_style": "cardigan", "texture": "stripes", "stripe": "violet",
        "inner": "violet", "lower": "long_top", "bottom": "violet", "shoes": "orange", "colour": "orange",
        "moods": ["neutral"],
    },
}

NAMED = ["margaret", "jimmy", "adrian", "johann", "owen", "sylvia", "katherine", "paul", "soap_actor"]
CREW = ["photographer", "makeup_artist", "stylist", "stage_manager", "dj", "bouncer", "bartender",
        "doorman", "guard"]
GUESTS = [f"guest_{n}" for n in range(1, 13)]


def person(pid: str) -> dict:
    """A cast entry with every default filled in."""
    return {**BASE, **PEOPLE[pid]}
