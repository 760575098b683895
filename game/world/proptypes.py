"""Custom property types from the Tiled project file (`assets/maps/liquid-sky.tiled-project`).

Tiled writes only the members a designer changed; the defaults live in the project file. The game
reads them here so an object of class `door` has every door member, changed or not.
"""

from __future__ import annotations

import copy
import json
from functools import lru_cache
from pathlib import Path
from typing import Any

from game.paths import asset

PROJECT_FILE = ("maps", "liquid-sky.tiled-project")


class PropertyTypes:
    def __init__(self, data: dict | None = None, source: str = "") -> None:
        self.source = source
        self.classes: dict[str, dict[str, Any]] = {}
        self.enums: dict[str, list[str]] = {}
        self.member_types: dict[str, dict[str, str]] = {}
        for item in (data or {}).get("propertyTypes", []):
            name = item.get("name", "")
            if item.get("type") == "enum":
                self.enums[name] = list(item.get("values", []))
            elif item.get("type") == "class":
                members = item.get("members", [])
                self.classes[name] = {m["name"]: m.get("value") for m in members}
                self.member_types[name] = {m["name"]: m.get("propertyType") or m.get("type", "string")
                                           for m in members}

    def class_defaults(self, cls: str) -> dict[str, Any]:
        return copy.deepcopy(self.classes.get(cls, {}))

    @classmethod
    def load(cls, path: Path) -> "PropertyTypes":
        try:
            return cls(json.loads(path.read_text(encoding="utf-8")), str(path))
        except FileNotFoundError:
            return cls(None, str(path))


@lru_cache(maxsize=1)
def project_types() -> PropertyTypes:
    return PropertyTypes.load(asset(*PROJECT_FILE))
