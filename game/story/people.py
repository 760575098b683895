"""People as the story names them."""


def speaker_id(name: str | None) -> str:
    """A line's speaker as a person's id: "Soap Actor" -> "soap_actor" (portraits, voices, colours)."""
    return (name or "").strip().lower().replace(" ", "_").replace("-", "_")


def shown_name(ident: str) -> str:
    """A person's or thing's id as its name on screen when the map gives it no label:
    "stage_manager" -> "Stage Manager", "guest_7" -> "Guest"."""
    return " ".join(w for w in ident.split("_") if w and not w.isdigit()).title()
