"""The Tiled project file (custom property types) and the object templates, written from one table.

The game reads the same file (game/world/proptypes.py) for class defaults, so what a designer sees
in Tiled's Custom Types Editor is exactly what the game fills in for members left unchanged.
"""

from __future__ import annotations

import json

from mapgen import MAPS, ROOT

MAP_NAMES = ["club", "penthouse", "rooftop", "street", "observation_deck", "sylvia_apartment",
             "katherine_loft", "facade"]
MUSIC = ["title", "club", "penthouse", "rooftop", "deck", "dinner", "party", "finale", "credits"]
AMBIENCE = ["club_crowd", "city_night", "apartment_hum", "rooftop_wind", "party_chatter"]
FACING = ["down", "up", "left", "right"]


def actors() -> list[str]:
    index = json.loads((ROOT / "assets" / "sprites" / "people" / "index.json").read_text(encoding="utf-8"))
    return list(index)


def sprites() -> list[str]:
    """The set pieces a `prop` object can show: every strip in assets/sprites/fx and props."""
    names = []
    for folder in ("fx", "props"):
        index = json.loads((ROOT / "assets" / "sprites" / folder / "index.json").read_text(encoding="utf-8"))
        names += [n for n in index if not n.startswith("_")]
    return names


def member(name: str, kind: str, value, enum: str = "") -> dict:
    m = {"name": name, "type": kind, "value": value}
    if enum:
        m["propertyType"] = enum
    return m


# class -> (colour shown in Tiled, members); member order is the order Tiled lists them.
CLASSES = {
    "spawn": ("#ff2ff0ff", [member("facing", "string", "down", "facing"), member("default", "bool", False)]),
    "door": ("#ffffe82f", [member("target_map", "string", "", "map"), member("target_spawn", "string", ""),
                           member("condition", "string", "")]),
    "npc": ("#ffff2fa8", [member("actor", "string", "", "actor"), member("node", "string", ""),
                          member("facing", "string", "down", "facing"), member("condition", "string", ""),
                          member("dance", "bool", False)]),
    "interact": ("#ffa8ff2f", [member("node", "string", ""), member("label", "string", ""),
                               member("condition", "string", "")]),
    "trigger": ("#ffff6a1f", [member("node", "string", ""), member("once", "bool", False),
                              member("condition", "string", "")]),
    "marker": ("#ffb88ad8", [member("facing", "string", "", "facing")]),
    "light": ("#ffffb02f", [member("colour", "color", "#ffffa050"), member("radius", "int", 48),
                            member("strength", "float", 0.6), member("flicker", "int", 0)]),
    "prop": ("#ff2fe8ff", [member("sprite", "string", "", "sprite"), member("animation", "string", ""),
                           member("condition", "string", ""), member("solid", "bool", False)]),
    "collision": ("#ffe0283a", []),
}


def project() -> dict:
    types = []
    enums = {"actor": actors(), "facing": FACING, "music": MUSIC, "ambience": AMBIENCE, "map": MAP_NAMES,
             "sprite": sprites()}
    # Tiled shows an enum member whose value is not in the list as the list's first value, so a
    # default of "" (no actor: use the object's name; no target map; a marker that keeps its facing)
    # would read as "margaret", "club" or "down". A leading "" makes it show blank, as the game sees it.
    unset = {m["propertyType"] for _, members in CLASSES.values() for m in members
             if m.get("propertyType") and m["value"] == ""}
    for name, values in enums.items():
        values = [""] + values if name in unset else values
        types.append({"id": len(types) + 1, "name": name, "type": "enum", "storageType": "string",
                      "values": values, "valuesAsFlags": False})
    for name, (colour, members) in CLASSES.items():
        types.append({"id": len(types) + 1, "name": name, "type": "class", "useAs": ["object"],
                      "color": colour, "drawFill": True, "members": members})
    return {"automappingRulesFile": "", "commands": [], "compatibilityVersion": 1100,
            "extensionsPath": "extensions", "folders": ["."], "propertyTypes": types}


# template -> (object attributes, properties that differ from the class defaults)
TEMPLATES = {
    "spawn": ('name="spawn"', {}),
    "door": ('name="door" width="32" height="32"', {"target_spawn": "entrance"}),
    "npc": ('name="npc"', {}),
    "interact": ('name="thing" width="16" height="16"', {"label": "Look"}),
    "trigger": ('name="trigger" width="32" height="32"', {}),
    "marker": ('name="marker"', {}),
    "light": ('name="light"', {}),
    "prop": ('name="prop"', {}),
}


def template_xml(cls: str) -> str:
    attrs, props = TEMPLATES[cls]
    point = "width" not in attrs
    lines = ['<?xml version="1.0" encoding="UTF-8"?>', "<template>",
             f' <object {attrs} type="{cls}">']  # `type` for the same reason as in mapgen.py
    if props:
        lines.append("  <properties>")
        for key, value in props.items():
            lines.append(f'   <property name="{key}" value="{value}"/>')
        lines.append("  </properties>")
    if point:
        lines.append("  <point/>")
    lines += [" </object>", "</template>", ""]
    return "\n".join(lines)


def write() -> None:
    (MAPS / "liquid-sky.tiled-project").write_text(json.dumps(project(), indent=4) + "\n", encoding="utf-8")
    (MAPS / "templates").mkdir(exist_ok=True)
    for cls in TEMPLATES:
        (MAPS / "templates" / f"{cls}.tx").write_text(template_xml(cls), encoding="utf-8")
